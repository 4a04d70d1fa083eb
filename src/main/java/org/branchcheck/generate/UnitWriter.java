package org.branchcheck.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.branchcheck.model.OrgKind;

/**
 * Writes the organisation rows and the campaign records the organisation rules look at for one
 * unit (or the district committee): the study plan filed with the instructor by 25 July, its items
 * (date, text, responsible person), the mobilisation meeting chaired by the head, the look-back
 * that heard the mass evaluation group, and the transition meeting, with the unit's planted lapses.
 */
final class UnitWriter {
  private static final String[] NUMERALS = {"一", "二", "三", "四"};

  /** The people a unit's campaign records name. */
  record People(String head, List<String> secretaries, String planReviewer, String ownTopic) {}

  private final DistrictTables tables;

  UnitWriter(DistrictTables tables) {
    this.tables = tables;
  }

  void org(String id, String name, OrgKind kind, String parent, String enterprise,
      String instructor, String leader, String head) throws IOException {
    tables.orgs.text(id).text(name).text(kind.chinese().get(0)).text(parent).text(enterprise)
        .text(instructor).text(leader).text(head).end();
  }

  void campaign(String org, People people, UnitFlaws flaws, SplittableRandom random)
      throws IOException {
    LocalDate mobilisation =
        Roster.day(random, LocalDate.of(2005, 7, 20), LocalDate.of(2005, 7, 25));
    LocalDate filed = flaws.latePlan()
        ? Roster.day(random, LocalDate.of(2005, 7, 27), LocalDate.of(2005, 8, 5))
        : Roster.day(random, LocalDate.of(2005, 7, 15), LocalDate.of(2005, 7, 25));
    String stranger = ChineseNames.person(random);
    tables.plans.text(org).text(DateText.typed(filed, random))
        .text(flaws.planReviewedByOther() ? stranger : people.planReviewer()).end();

    String head = people.head();
    List<String> secretaries =
        people.secretaries().isEmpty() ? List.of(head) : people.secretaries();
    int missing = flaws.itemWithoutResponsible() ? random.nextInt(8) : -1;
    item(org, mobilisation, "召开动员大会，主要负责人作动员报告", head, missing == 0, random);
    item(org, LocalDate.of(2005, 7, 26), "党课：学习" + StudyTexts.CONSTITUTION + "，保持共产党员先进性",
        head, missing == 1, random);
    for (int t = 0; t < StudyTexts.REQUIRED_TOPICS.size(); t++) {
      item(org, LocalDate.of(2005, 7, 28).plusDays(6L * t),
          "专题" + NUMERALS[t] + "：" + StudyTexts.REQUIRED_TOPICS.get(t),
          secretaries.get(t % secretaries.size()), missing == 2 + t, random);
    }
    item(org, LocalDate.of(2005, 8, 20), "结合本单位特色专题：" + people.ownTopic(),
        secretaries.get(0), missing == 6, random);
    item(org, LocalDate.of(2005, 8, 28), "学习动员阶段“回头看”，听取群众评估组意见", head, missing == 7,
        random);

    if (!flaws.noMobilisation()) {
      meeting(org, "动员大会", mobilisation, flaws.mobilisationByDeputy() ? stranger : head, "");
    }
    if (!flaws.noLookBack()) {
      LocalDate lookBack = Roster.day(random, LocalDate.of(2005, 8, 28), LocalDate.of(2005, 8, 30));
      meeting(org, "回头看", lookBack, head, flaws.lookBackWithoutMasses() ? "否" : "是");
    }
    meeting(org, "转段分析会", LocalDate.of(2005, 8, 31), head, "");
  }

  private void item(String org, LocalDate date, String text, String responsible, boolean blank,
      SplittableRandom random) throws IOException {
    tables.planItems.text(org).text(DateText.typed(date, random)).text(text)
        .text(blank ? "" : responsible).end();
  }

  private void meeting(String org, String kind, LocalDate date, String chair, String masses)
      throws IOException {
    tables.meetings.text("HY" + (tables.meetings.rows() + 1)).text(org).text(kind)
        .text(DateText.iso(date)).text(chair).text(masses).end();
  }
}
