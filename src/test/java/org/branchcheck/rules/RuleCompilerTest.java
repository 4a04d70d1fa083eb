package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.branchcheck.model.Problem;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {
  private static final String HEAD = """
      id: test
      title: 测试
      version: 1.0.0
      params:
        min_hours: {type: number, default: 40}
        share: {type: fraction, default: 2/3}
      rules:
      """;

  private static List<String> problems(String rules) {
    try {
      RuleCompiler.compile(RuleSetLoader.load("r.yaml", HEAD + rules));
    } catch (RuleSetException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return List.of();
  }

  @Test
  void compilesTheShippedPhaseOneRuleSet() throws Exception {
    RuleSet rules = RuleSetCatalog.load("xianjinxing-2005/phase1");
    assertThat(rules.rules()).extracting(Rule::id).containsExactly("member.study-hours",
        "member.collective-share", "member.leader-essays", "member.essay", "member.study-notes",
        "member.essay-chars-declared", "member.essay-original", "member.makeup",
        "member.reviewed", "org.temp-branch", "org.temp-leader",
        "org.new-members-covered", "org.study-plan", "org.plan-items", "org.mobilisation",
        "org.party-constitution", "org.topics", "org.look-back", "org.transition");
    assertThat(rules.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(rules.params().get("min_hours").defaultValue()).isEqualTo(40.0);
    assertThat(rules.params().get("plan_deadline").defaultValue()).isEqualTo("2005-07-25");
    assertThat(rules.params().get("count_mode").defaultValue()).isEqualTo("word");
  }

  @Test
  void pointsAtAMisspeltFactWithFileLineAndColumn() {
    assertThat(problems("""
          - id: a
            title: t
            scope: member
            check: member.hours.totl >= params.min_hours
            message: m
            source: s
        """)).containsExactly("r.yaml:11:24: check: undefined field 'totl'; did you mean 'total'?");
  }

  @Test
  void pointsIntoALiteralBlockScalar() {
    assertThat(problems("""
          - id: a
            title: t
            scope: member
            check: |
              member.hours.total >= params.min_hours
                && member.name > 3
            message: m
            source: s
        """)).containsExactly("r.yaml:13:24: check: found no matching overload for '_>_' applied"
            + " to '(string, int)'");
  }

  @Test
  void pointsIntoAMessagePlaceholder() {
    assertThat(problems("""
          - id: a
            title: t
            scope: member
            check: "true"
            message: "差 ${params.min_hours - member.hours.totl} 学时"
            source: s
        """)).containsExactly("r.yaml:12:50: message placeholder: undefined field 'totl'; did you mean 'total'?");
  }

  @Test
  void rejectsUnknownParameterMemberVariableInOrgRuleAndNonBooleanCheck() {
    assertThat(problems("""
          - id: a
            title: t
            scope: org
            check: member.hours.total >= params.min_hourz
            message: m
            source: s
          - id: b
            title: t
            scope: org
            check: org.member_count + 1
            message: m
            source: s
        """)).containsExactly(
        "r.yaml:11:12: check: undeclared reference to 'member'; member is only known in rules with"
            + " scope: member",
        "r.yaml:11:40: check: undefined field 'min_hourz'; did you mean 'min_hours'?",
        "r.yaml:17:12: check: must be true or false, but this expression gives int");
  }

  @Test
  void reportsShapeProblemsAllAtOnce() {
    assertThat(problems("""
          - id: a
            title: t
            scope: branch
            severity: fatal
            chek: "true"
            message: m
            source: s
        """)).containsExactly(
        "r.yaml:8:5: missing 'check'",
        "r.yaml:12:5: unknown key 'chek' in rule; did you mean 'check'? (expected one of [check,"
            + " effective, id, message, pass_message, requires, scope, severity, source, stage,"
            + " title, when])");
  }

  @Test
  void rejectsBadScopeAndSeverityValues() {
    assertThat(problems("""
          - id: a
            title: t
            scope: branch
            severity: fatal
            check: "true"
            message: m
            source: s
        """)).containsExactly(
        "r.yaml:10:12: scope: 'branch' is not one of [member, org]",
        "r.yaml:11:15: severity: 'fatal' is not one of [error, warning]");
  }

  @Test
  void rejectsABadParameterDefault() {
    assertThatThrownBy(() -> RuleCompiler.compile(RuleSetLoader.load("r.yaml", """
        id: test
        title: t
        version: 1
        params:
          share: {type: fraction, default: 3/2}
        rules: []
        """))).isInstanceOf(RuleSetException.class).extracting(e -> ((RuleSetException) e)
        .problems().get(0).toString())
        .isEqualTo("r.yaml:5:36: default of 'share': '3/2' is not a fraction between 0 and 1"
            + " such as 2/3");
  }

  @Test
  void refusesRollupOutsideVerdictRules() {
    assertThat(problems("""
          - id: a
            title: t
            scope: org
            check: rollup.errors == 0
            message: m
            source: s
        """)).containsExactly(
        "r.yaml:11:12: check: undeclared reference to 'rollup'; rollup is only known in rules with"
            + " stage: verdict");
  }
}
