package org.branchcheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.model.Problem;
import org.branchcheck.rules.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against a two-rule set: what a mismatch, a gap or a broken test file looks like. */
class RuleTestRunnerTest {
  @TempDir Path dir;

  private static final String RULES = """
      id: test/talks
      title: 谈心
      version: 1.0.0
      params:
        min_talks: {type: int, default: 2, description: 最少谈心次数, source: s}
      rules:
        - id: org.talks
          title: 开展谈心
          scope: org
          requires: [orgs, meetings]
          when: "!org.is_temporary"
          check: org.meetings.filter(m, m.kind == 'talk').size() >= params.min_talks
          message: "${org.name} 谈心 ${org.meetings.filter(m, m.kind == 'talk').size()} 次"
          source: 004
        - id: member.named
          title: 有姓名
          scope: member
          check: member.name != ''
          message: 无姓名
          source: s
      """;

  private static final String HEAD = """
      as_of: 2005-11-01
      data:
        orgs:
          - {id: B1, name: 一支部, kind: branch}
          - {id: T1, name: 临时小组, kind: temp_group, parent: B1}
        members:
          - {id: m1, name: 甲, org: B1}
          - {id: m2, name: '', org: B1}
      cases:
      """;

  private RuleTestReport run(String tests) throws IOException {
    Files.writeString(dir.resolve("talks.yaml"), RULES);
    Path file = dir.resolve("talks.test.yaml");
    Files.writeString(file, HEAD + tests);
    return RuleTestRunner.run(List.of(RuleSource.file(file)), true);
  }

  private static List<String> failures(RuleTestReport r) {
    return r.files().get(0).cases().stream().flatMap(c -> c.failures().stream())
        .map(p -> p.message()).toList();
  }

  @Test
  void aCompleteGreenTestFileExitsZero() throws IOException {
    RuleTestReport r = run("""
          - name: 两次谈心通过（边界），一次不通过
            data:
              meetings:
                - {org: B1, kind: 谈心, date: 2005-10-01}
                - {org: B1, kind: 谈心, date: 2005-10-02}
            expect:
              - {rule: org.talks, subject: B1, outcome: pass}
              - {rule: org.talks, subject: T1, outcome: not_applicable}
              - {rule: member.named, subject: m1, outcome: pass}
              - {rule: member.named, subject: m2, outcome: fail, message: 无姓名}
          - name: 参数放宽
            params: {min_talks: 1}
            data:
              meetings: [{org: B1, kind: talk, date: 2005-10-01}]
            expect:
              - {rule: org.talks, subject: B1, outcome: pass}
          - name: 一次不通过
            data:
              meetings: [{org: B1, kind: talk, date: 2005-10-01}]
            expect:
              - {rule: org.talks, subject: B1, outcome: fail, message: 谈心 1 次}
        """);
    assertThat(failures(r)).isEmpty();
    assertThat(r.gaps()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.cases()).isEqualTo(3);
    assertThat(r.expectations()).isEqualTo(6);
  }

  @Test
  void mismatchesSayWhatWasExpectedAndWhatCame() throws IOException {
    RuleTestReport r = run("""
          - name: 全错
            data:
              meetings: [{org: B1, kind: talk, date: 2005-10-01}]
            expect:
              - {rule: org.talks, subject: B1, outcome: pass}
              - {rule: org.talk, subject: B1, outcome: pass}
              - {rule: org.talks, subject: B2, outcome: fail}
              - {rule: member.named, subject: m2, outcome: fail, message: 没有名字}
              - {rule: member.named, subject: m1, outcome: absent}
        """);
    assertThat(failures(r)).containsExactly(
        "org.talks / B1: expected pass, got fail: 「一支部 谈心 1 次」",
        "no rule 'org.talk' in test/talks; did you mean 'org.talks'?",
        "org.talks / B2: no finding; did you mean 'B1'?",
        "member.named / m2: message does not contain \"没有名字\": 「无姓名」",
        "member.named / m1: expected no finding, got pass");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
  }

  @Test
  void rulesNeverShownPassingFailingOrNotApplyingAreGaps() throws IOException {
    RuleTestReport r = run("""
          - name: 只测通过
            data:
              meetings: [{org: B1, kind: talk}, {org: B1, kind: talk}]
            expect:
              - {rule: org.talks, subject: B1, outcome: pass}
        """);
    assertThat(r.gaps()).extracting(g -> g.rule() + " " + g.missing()).containsExactly(
        "org.talks [fail, not_applicable]", "member.named [pass, fail]");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
  }

  @Test
  void badDataAndUnknownParametersFailTheCaseWithTheirPosition() throws IOException {
    RuleTestReport r = run("""
          - name: 坏数据
            params: {min_talk: 1}
            data:
              meetings: [{org: B9, kind: 座谈, date: 2005-13-01}]
            expect:
              - {rule: org.talks, subject: B1, outcome: pass}
        """);
    List<Problem> failures = r.files().get(0).cases().get(0).failures();
    assertThat(failures).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
        .contains("talks.test.yaml:11:24: unknown parameter 'min_talk'; did you mean 'min_talks'?"));
    assertThat(failures).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("data: kind: '座谈' is not one of"))
        .anyMatch(m -> m.startsWith("data: date: '2005-13-01'"));
  }

  @Test
  void anUnusableTestFileExitsTwoWithEveryProblem() throws IOException {
    Files.writeString(dir.resolve("talks.yaml"), RULES);
    Path file = dir.resolve("talks.test.yaml");
    Files.writeString(file, """
        rule_set: ../elsewhere.yaml
        as_of: 2005-11-01
        cases:
          - name: x
            expect:
              - {rule: org.talks, subject: B1, outcom: pass}
        """);
    RuleTestReport r = RuleTestRunner.run(List.of(RuleSource.file(file)), true);
    assertThat(r.files().get(0).problems()).extracting(Problem::message).containsExactly(
        "an expectation needs rule, subject and outcome",
        "unknown key 'outcom' in expectation; did you mean 'outcome'? (expected one of"
            + " [message, outcome, rule, subject])");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);

    Files.writeString(file, "rule_set: ../elsewhere.yaml\nas_of: 2005-11-01\ncases: []\n");
    r = RuleTestRunner.run(List.of(RuleSource.file(file)), true);
    assertThat(r.files().get(0).problems()).extracting(Problem::message).containsExactly(
        "rule_set: '../elsewhere.yaml' is not a rule-set file beside this test file nor a"
            + " shipped rule set");
  }

  @Test
  void theTextReportListsFailuresGapsAndTotals() throws IOException {
    RuleTestReport r = run("""
          - name: 一次不通过
            data:
              meetings: [{org: B1, kind: talk, date: 2005-10-01}]
            expect:
              - {rule: org.talks, subject: B1, outcome: pass}
        """);
    StringWriter out = new StringWriter();
    RuleTestTextWriter.write(r, false, out);
    assertThat(out.toString().replace(dir.toString() + "/", "")).isEqualTo("""
        talks.test.yaml  (test/talks 1.0.0)
          FAIL  一次不通过  (1 expectations, talks.test.yaml:10)
                talks.test.yaml:14:9: org.talks / B1: expected pass, got fail: 「一支部 谈心 1 次」
          0/1 cases passed
        coverage gaps (rules no test shows with these outcomes):
          talks.yaml:7 test/talks org.talks: pass, fail, not_applicable
          talks.yaml:15 test/talks member.named: pass, fail
        1 test files, 1 cases, 1 expectations: 1 cases failed, 0 files unusable, 2 coverage gaps
        """);
  }
}
