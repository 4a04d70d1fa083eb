package org.branchcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every phase-1 rule passing, failing, at its boundary and not applying, each on the smallest
 * dataset that shows it: a compliant branch with one thing changed.
 */
class Phase1RulesTest {
  private static RuleSet rules;
  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    rules = RuleSetCatalog.load("xianjinxing-2005/phase1");
  }

  record Case(String name, UnaryOperator<BranchYaml> data, String rule, String subject,
      Outcome outcome, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, UnaryOperator<BranchYaml> data, String rule, String subject,
      Outcome outcome, String message) {
    return new Case(name, data, rule, subject, outcome, message);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // member.study-hours
        c("exactly 40 hours passes", y -> y.member("M1", "B01", "", "30", "10"),
            "member.study-hours", "M1", Outcome.PASS, "党员M1 学习时间 40 学时"),
        c("32.5 hours fails with the gap", y -> y.member("M1", "B01", "", "30", "2.5"),
            "member.study-hours", "M1", Outcome.FAIL,
            "党员M1 学习时间 32.5 学时，少于 40 学时（差 7.5 学时）"),
        c("39.99 hours fails by 0.01", y -> y.member("M1", "B01", "", "29.99", "10"),
            "member.study-hours", "M1", Outcome.FAIL, "（差 0.01 学时）"),
        c("missing attendance table fails saying so",
            y -> y.member("M1").without("attendance"), "member.study-hours", "M1", Outcome.FAIL,
            "缺少数据表 attendance，无法检查"),
        // member.collective-share
        c("28 of 42 collective is exactly two-thirds", y -> y.member("M1", "B01", "", "28", "14"),
            "member.collective-share", "M1", Outcome.PASS, null),
        c("27.99 of 42 is short, with the true gap",
            y -> y.member("M1", "B01", "", "27.99", "14.01"), "member.collective-share", "M1",
            Outcome.FAIL, "不足 2/3（还需集中学习 0.03 学时）"),
        c("26 of 42: adding collective hours raises the total too",
            y -> y.member("M1", "B01", "", "26", "16"), "member.collective-share", "M1",
            Outcome.FAIL, "占总学时 42 的 61.9%，不足 2/3（还需集中学习 6 学时）"),
        c("no hours at all: share not applicable", y -> y.member("M1", "B01", "", "0", "0"),
            "member.collective-share", "M1", Outcome.NOT_APPLICABLE, null),
        // member.leader-essays
        c("leader with 3000 and 3000 字 passes", y -> y.member("M1", "B01", ", role: 党员领导干部",
            "30", "10").row("essays", "{member: M1, kind: 心得体会, title: 二, chars: 3000,"
            + " reviewed_by: 王书记}").replace("essays", "{member: M1, kind: 心得体会, title: 一,"
            + " chars: 3000, reviewed_by: 王书记}").row("essays", "{member: M1, kind: 心得体会,"
            + " title: 二, chars: 3000, reviewed_by: 王书记}"), "member.leader-essays", "M1",
            Outcome.PASS, null),
        c("leader with 3000 and 2999 字 fails", y -> y.member("M1", "B01", ", role: 党员领导干部",
            "30", "10").replace("essays", "{member: M1, kind: 心得体会, title: 一, chars: 3000,"
            + " reviewed_by: 王书记}").row("essays", "{member: M1, kind: 心得体会, title: 二,"
            + " chars: 2999, reviewed_by: 王书记}"), "member.leader-essays", "M1", Outcome.FAIL,
            "3000 字以上的心得体会 1 篇，少于 2 篇（差 1 篇）；字数不足：《二》2999 字"),
        c("an ordinary member is not held to the leader rule", y -> y.member("M1"),
            "member.leader-essays", "M1", Outcome.NOT_APPLICABLE, null),
        // member.essay and member.study-notes
        c("a member with one essay passes", y -> y.member("M1"), "member.essay", "M1",
            Outcome.PASS, null),
        c("a member without an essay fails", y -> y.member("M1").replace("essays",
            "{member: M1, kind: 学习笔记, title: 笔记, reviewed_by: 王书记}"), "member.essay", "M1",
            Outcome.FAIL, "党员M1 心得体会 0 篇，少于 1 篇"),
        c("a member who cannot write is not asked for an essay",
            y -> y.member("M1", "B01", ", can_write: 否", "30", "10"), "member.essay", "M1",
            Outcome.NOT_APPLICABLE, null),
        c("a member without notes fails", y -> y.member("M1").replace("essays",
            "{member: M1, kind: 心得体会, title: 体会, chars: 100, reviewed_by: 王书记}"),
            "member.study-notes", "M1", Outcome.FAIL, "党员M1 没有学习笔记"),
        // member.makeup
        c("a leave made up later passes", y -> y.member("M1").row("attendance",
            "{session: T1, member: M1, status: 请假}").row("attendance",
            "{session: T2, member: M1, status: 补课, makeup_for: T1}"), "member.makeup", "M1",
            Outcome.PASS, "缺课 1 次，均已补课"),
        c("study at home is not a missed session", y -> y.member("M1").row("attendance",
            "{session: T1, member: M1, status: 送学上门}"), "member.makeup", "M1", Outcome.PASS,
            "缺课 0 次"),
        c("an absence never made up fails", y -> y.member("M1").row("attendance",
            "{session: T1, member: M1, status: 缺席}"), "member.makeup", "M1", Outcome.FAIL,
            "党员M1 缺课 1 次未补课：2005-07-26 T1（缺席）"),
        c("missed sessions are listed by id, not in table order", y -> y.member("M1")
            .row("sessions", "{id: T9, org: B01, date: 2005-08-09, kind: 党课, hours: 0}")
            .row("sessions", "{id: T10, org: B01, date: 2005-08-10, kind: 党课, hours: 0}")
            .row("attendance", "{session: T9, member: M1, status: 请假}")
            .row("attendance", "{session: T10, member: M1, status: 缺席}"), "member.makeup",
            "M1", Outcome.FAIL, "缺课 2 次未补课：2005-08-10 T10（缺席）、2005-08-09 T9（请假）"),
        c("the first of two rows for a missed session gives its status", y -> y.member("M1")
            .row("attendance", "{session: T1, member: M1, status: 请假}")
            .row("attendance", "{session: T1, member: M1, status: 缺席}"), "member.makeup", "M1",
            Outcome.FAIL, "缺课 1 次未补课：2005-07-26 T1（请假）"),
        // member.reviewed
        c("reviewed by the branch secretary passes", y -> y.member("M1"), "member.reviewed",
            "M1", Outcome.PASS, null),
        c("reviewed by a member whose role is secretary passes", y -> y.member("M1")
            .member("M2", "B01", ", role: 书记", "30", "10").replace("essays",
            "{member: M1, kind: 心得体会, title: 一, reviewed_by: M2}"), "member.reviewed", "M1",
            Outcome.PASS, null),
        c("unreviewed and wrongly reviewed work fails", y -> y.member("M1").replace("essays",
            "{member: M1, kind: 心得体会, title: 一, reviewed_by: 张三}").row("essays",
            "{member: M1, kind: 学习笔记, title: 二}"), "member.reviewed", "M1", Outcome.FAIL,
            "有 2 份笔记或心得未经党组织负责人或支部书记批改：《一》批改人 张三 无批改资格、《二》未批改"),
        // exemption and waivers
        c("an exempt member is exempt with the reason", y -> y.member("M1", "B01",
            ", exempt_reason: 长期患病", "0", "0"), "member.study-hours", "M1", Outcome.EXEMPT,
            "党员M1 免除：长期患病"),
        c("a waiver in force waives the failure", y -> y.member("M1", "B01", "", "30", "0")
            .row("waivers", "{rule: member.study-hours, subject: M1, reason: 外出, approved_by: 周,"
            + " expires_on: 2005-08-31}"), "member.study-hours", "M1", Outcome.WAIVED,
            "（已批准例外：外出，批准人 周，有效期至 2005-08-31）"),
        c("an expired waiver does not", y -> y.member("M1", "B01", "", "30", "0")
            .row("waivers", "{rule: member.study-hours, subject: M1, reason: 外出,"
            + " expires_on: 2005-08-30}"), "member.study-hours", "M1", Outcome.FAIL,
            "（例外已于 2005-08-30 过期）"),
        // org.temp-branch and org.temp-leader
        c("a committee with 3 new members and a temporary branch passes", y -> committee(y, 3)
            .row("orgs", "{id: T01, name: 临时支部, kind: 临时党支部, parent: C01, enterprise: 乙公司,"
            + " leader: 李}"), "org.temp-branch", "C01", Outcome.PASS, null),
        c("a committee with 3 new members and none fails", y -> committee(y, 3),
            "org.temp-branch", "C01", Outcome.FAIL,
            "乙公司党委 有新发展、新转入党员 3 名（达到 3 名），未建立临时党支部"),
        c("a branch needs a temporary group, not a branch", y -> y.member("N1", "B01",
            ", new: 是", "30", "10").member("N2", "B01", ", new: 是", "30", "10").member("N3",
            "B01", ", joined_on: 2004-03-01", "30", "10"), "org.temp-branch", "B01", Outcome.FAIL,
            "未建立临时党小组"),
        c("a district committee above the enterprises is not itself an enterprise", y -> y.row(
            "orgs", "{id: D01, name: 区企业党工委, kind: 党工委}").member("N1", "D01", ", new: 是",
            "30", "10").member("N2", "D01", ", new: 是", "30", "10").member("N3", "D01",
            ", new: 是", "30", "10"), "org.temp-branch", "D01", Outcome.NOT_APPLICABLE, null),
        c("2 new members do not need a temporary unit", y -> committee(y, 2), "org.temp-branch",
            "C01", Outcome.NOT_APPLICABLE, null),
        c("a temporary unit without a leader fails", y -> committee(y, 3).row("orgs",
            "{id: T01, name: 临时支部, kind: 临时党支部, parent: C01, enterprise: 乙公司}"),
            "org.temp-leader", "T01", Outcome.FAIL, "临时支部 没有指定临时负责人"),
        // org.new-members-covered
        c("1 new member who studied passes", y -> y.member("N1", "B01", ", new: 是", "30", "10"),
            "org.new-members-covered", "B01", Outcome.PASS, null),
        c("1 new member who never studied fails", y -> y.row("members",
            "{id: N1, name: 新人, org: B01, new: 是}"), "org.new-members-covered", "B01",
            Outcome.FAIL, "第一支部 的新党员未参加任何学习：新人"),
        // org.study-plan and org.plan-items
        c("a plan filed on the deadline day passes", y -> y.replace("plans",
            "{org: B01, filed_on: 2005年7月25日, reviewed_by: 周指导}"), "org.study-plan", "B01",
            Outcome.PASS, null),
        c("a plan filed a day late fails", y -> y.replace("plans",
            "{org: B01, filed_on: 2005-07-26, reviewed_by: 周指导}"), "org.study-plan", "B01",
            Outcome.FAIL, "学习培训计划 2005-07-26 报送，晚于期限 2005-07-25"),
        c("a plan reviewed by someone else fails", y -> y.replace("plans",
            "{org: B01, filed_on: 2005-07-20, reviewed_by: 王书记}"), "org.study-plan", "B01",
            Outcome.FAIL, "学习培训计划由 王书记 审核，不是本单位指导员 周指导"),
        c("no plans table fails saying so", y -> y.without("plans"), "org.study-plan", "B01",
            Outcome.FAIL, "缺少数据表 plans"),
        c("a plan item without a responsible person fails", y -> y.row("plan_items",
            "{org: B01, date: 2005-07-27, text: 读本}"), "org.plan-items", "B01", Outcome.FAIL,
            "学习计划有 1 条缺少日期、篇目或责任人"),
        // org.mobilisation, org.party-constitution, org.topics, org.look-back
        c("a mobilisation chaired by someone else fails", y -> y.replace("meetings",
            "{id: H1, org: B01, kind: 动员大会, date: 2005-07-25, chair: 副书记}").row("meetings",
            "{id: H2, org: B01, kind: 回头看, mass_evaluation: 是}"), "org.mobilisation", "B01",
            Outcome.FAIL, "动员大会不是由主要负责人 王书记 主持"),
        c("the Party Constitution studied passes", y -> y, "org.party-constitution", "B01",
            Outcome.PASS, null),
        c("four topics plus one of the unit's own pass", y -> y, "org.topics", "B01",
            Outcome.PASS, null),
        c("a missing prescribed topic fails", y -> y.replace("sessions",
            "{id: T1, org: B01, kind: 党课, hours: 1, topic: 理想信念与党的宗旨, material: 党章}"),
            "org.topics", "B01", Outcome.FAIL, "缺少规定专题：党员先锋模范作用与党的执政能力建设、"
            + "求真务实与坚持科学发展观和正确政绩观、党的优良传统和作风（没有结合本单位特色的专题）"),
        c("a look-back without the mass evaluation group fails", y -> y.replace("meetings",
            "{id: H1, org: B01, kind: 动员大会, chair: 王书记}").row("meetings",
            "{id: H2, org: B01, kind: 回头看, mass_evaluation: 否}"), "org.look-back", "B01",
            Outcome.FAIL, "回头看未听取群众评估组意见"),
        // org.transition
        c("a compliant branch may transition", y -> y.member("M1"), "org.transition", "B01",
            Outcome.PASS, "第一支部 可以转段"),
        c("one member short holds the branch back", y -> y.member("M1").member("M2", "B01", "",
            "30", "2.5"), "org.transition", "B01", Outcome.FAIL,
            "第一支部 暂不能转段：1 项未达标（1 名党员、0 个组织）"))
        .map(Arguments::of);
  }

  /** Enterprise 乙公司 (a committee under the dataset's branch list) with n new members. */
  private static BranchYaml committee(BranchYaml y, int newMembers) {
    y.row("orgs", "{id: C01, name: 乙公司党委, kind: 党委, enterprise: 乙公司, head: 赵}");
    for (int i = 1; i <= newMembers; i++) {
      y.member("N" + i, "C01", ", new: 是", "30", "10");
    }
    return y;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void appliesTheRule(Case c) throws IOException {
    Path file = dir.resolve("branch.yaml");
    Files.writeString(file, c.data().apply(BranchYaml.compliant()).yaml());
    CheckResult result = Checker.check(rules, file, "branch.yaml", List.of(),
        LocalDate.of(2005, 8, 31), false);

    assertThat(result.problems()).isEmpty();
    Finding f = result.findings().stream()
        .filter(x -> x.rule().equals(c.rule()) && x.subject().equals(c.subject()))
        .findFirst().orElseThrow();
    assertThat(f.outcome()).as(f.message()).isEqualTo(c.outcome());
    if (c.message() != null) {
      assertThat(f.message()).contains(c.message());
    }
  }
}
