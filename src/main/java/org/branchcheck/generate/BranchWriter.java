package org.branchcheck.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.branchcheck.model.Role;

/**
 * Writes one branch's rows: its sessions, its members, their attendance (one row per member and
 * regular session, then a row per make-up) and their essays and study notes. Attendance is the
 * hot path (tens of millions of rows), written from ready-made bytes only.
 */
final class BranchWriter {
  private static final byte[][] STATUS = {
    null, CsvSink.utf8("出席"), CsvSink.utf8("请假"), CsvSink.utf8("缺席"), CsvSink.utf8("送学上门")};
  private static final byte[] MAKEUP = CsvSink.utf8("补课");

  /**
   * Who reviews a branch's written work: its secretary reviews the members', the head above the
   * branch the secretary's, the head above the unit the unit head's; the instructor reviews some
   * by mistake (an instructor reviews plans, not essays).
   */
  record Reviewers(String secretary, String upperHead, String aboveUnit, String instructor) {}

  private final DistrictTables tables;
  private final GenerationTally tally;

  BranchWriter(DistrictTables tables, GenerationTally tally) {
    this.tables = tables;
    this.tally = tally;
  }

  void sessions(BranchSessions s) throws IOException {
    CsvSink out = tables.sessions;
    for (int i = 0; i < s.count; i++) {
      out.cell(s.ids[i]).text(s.org).text(DateText.iso(s.dates[i])).text(s.forms[i])
          .halves(s.halves[i]).text(s.topics[i]).text(s.materials[i]).end();
    }
    for (int slot = 0; slot < 2; slot++) {
      if (s.makeupHeld(slot)) {
        out.cell(s.ids[s.count + slot]).text(s.org).text(DateText.iso(s.makeupDate(slot)))
            .text("集中学习").halves(BranchSessions.MAKEUP_HALVES).text(StudyTexts.MAKEUP_TOPIC)
            .text(StudyTexts.SELF_STUDY_MATERIAL).end();
      }
    }
  }

  void members(String org, List<SyntheticMember> members, SplittableRandom random)
      throws IOException {
    CsvSink out = tables.members;
    for (SyntheticMember m : members) {
      out.cell(m.idBytes).text(m.name).text(org).text(m.role.chinese().get(0))
          .text(m.status.chinese().get(0)).text(DateText.typed(m.joinedOn, random))
          .text(m.transferredInOn == null ? "" : DateText.typed(m.transferredInOn, random))
          .text(m.isNew ? "是" : "").text(m.canWrite ? "" : "否").text(m.exemptReason).end();
      tally.member(m);
    }
  }

  void attendance(BranchSessions s, List<SyntheticMember> members) throws IOException {
    CsvSink out = tables.attendance;
    for (SyntheticMember m : members) {
      if (m.exempt()) {
        continue;
      }
      for (int i = 0; i < s.count; i++) {
        out.cell(s.ids[i]).cell(m.idBytes).cell(STATUS[m.attendance[i]]);
        if (m.override[i] != 0) {
          out.halves(m.override[i]);
        } else {
          out.empty();
        }
        out.empty().end();
      }
      for (int missed : m.madeUp) {
        out.cell(s.ids[s.makeupIndex(missed)]).cell(m.idBytes).cell(MAKEUP);
        if (s.halves[missed] != BranchSessions.MAKEUP_HALVES) {
          out.halves(s.halves[missed]);
        } else {
          out.empty();
        }
        out.cell(s.ids[missed]).end();
      }
    }
  }

  void essays(List<SyntheticMember> members, Reviewers reviewers, SplittableRandom random)
      throws IOException {
    for (SyntheticMember m : members) {
      if (m.exempt() || !m.canWrite) {
        continue;
      }
      String qualified = m.unitHead ? reviewers.aboveUnit()
          : m.role == Role.SECRETARY ? reviewers.upperHead() : reviewers.secretary();
      String reviewer = m.unreviewed ? "" : m.badReviewer ? reviewers.instructor() : qualified;
      boolean leader = m.role == Role.LEADER;
      int count = m.noEssay ? 0 : leader || Roster.chance(random, 200) ? 2 : 1;
      for (int e = 0; e < count; e++) {
        List<String> titles = leader ? StudyTexts.LEADER_TITLES : StudyTexts.ESSAY_TITLES;
        int chars = !leader ? 1200 + random.nextInt(2401)
            : e == 1 && m.shortLeaderEssay ? 2400 + random.nextInt(600)
            : 3100 + random.nextInt(2101);
        essay(m, "心得体会", titles.get((random.nextInt(titles.size()) + e) % titles.size()), chars,
            reviewer, random);
      }
      if (!m.noNotes) {
        int chars = 100 * (80 + random.nextInt(121));
        essay(m, "学习笔记", StudyTexts.NOTES_TITLE, chars, reviewer, random);
      }
    }
  }

  private void essay(SyntheticMember m, String kind, String title, int chars, String reviewer,
      SplittableRandom random) throws IOException {
    byte[] id = new byte[12];
    id[0] = 'W';
    int end = CsvSink.padded(tables.essays.rows() + 1, 8, id, 1);
    LocalDate reviewed = Roster.day(random, LocalDate.of(2005, 8, 18), LocalDate.of(2005, 8, 27));
    tables.essays.cell(java.util.Arrays.copyOf(id, end)).cell(m.idBytes).text(kind).text(title)
        .number(chars).empty().text(reviewer)
        .text(reviewer.isEmpty() ? "" : DateText.typed(reviewed, random)).end();
  }
}
