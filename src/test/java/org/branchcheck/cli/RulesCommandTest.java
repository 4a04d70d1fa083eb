package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.rules.ShippedRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code branchcheck rules …} in-process. The first test is the one CI relies on: every shipped
 * rule set's tests, and the district overlay example's, run green with no coverage gaps.
 */
class RulesCommandTest {
  private static final List<String> SHIPPED = List.of("learning-member", "org-life",
      "xianjinxing-2005/phase1", "xianjinxing-2005/phase1-strict", "xianjinxing-2005/phase2",
      "xianjinxing-2005/phase3");

  private static ScenarioTest.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of(args), out, err);
    return new ScenarioTest.Result(exit, out.toString(), err.toString());
  }

  @Test
  void everyShippedRuleSetAndTheOverlayExamplePassTheirTests() {
    ScenarioTest.Result r = run("rules", "test", "rules", "examples/district-overlay");
    assertThat(r.out()).as(r.out()).contains(" 0 cases failed, 0 files unusable, 0 coverage gaps");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    for (String id : SHIPPED) {
      assertThat(r.out()).contains("rules/" + id + ".test.yaml  (" + id + " ");
    }
  }

  @Test
  void everyShippedRuleSetHasATestFileAndIsListed() {
    assertThat(ShippedRuleSets.ids()).containsExactlyElementsOf(SHIPPED);
    assertThat(ShippedRuleSets.tests()).hasSameSizeAs(SHIPPED);
    ScenarioTest.Result list = run("rules", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out().lines().map(l -> l.substring(0, l.indexOf("  "))).toList())
        .containsExactlyElementsOf(SHIPPED);
    ScenarioTest.Result noArgs = run("rules", "test");
    assertThat(noArgs.exit()).as(noArgs.out()).isZero();
  }

  @Test
  void checkLoadsEveryShippedSetByIdAndAFileByPath() {
    ScenarioTest.Result r = run(java.util.stream.Stream.concat(java.util.stream.Stream.of(
        "rules", "check", "examples/district-overlay/rules.yaml"), SHIPPED.stream())
        .toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("examples/district-overlay/rules.yaml: ok, binjiang-2005/phase1"
        + " 2005.2, 19 rules, 15 parameters, 1 switched off");
  }

  @Test
  void aFailingExpectationExitsOneAndAMissingPathTwo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.test.yaml"), """
        rule_set: xianjinxing-2005/phase1
        as_of: 2005-09-01
        data:
          orgs: [{id: B1, name: 一支部, kind: branch}]
          members: [{id: m1, name: 甲, org: B1}]
          sessions: []
          attendance: []
        cases:
          - name: 没有学时却期望通过
            expect:
              - {rule: member.study-hours, subject: m1, outcome: pass}
        """);
    ScenarioTest.Result failing = run("rules", "test", "--no-coverage", dir.toString());
    assertThat(failing.exit()).isEqualTo(1);
    assertThat(failing.out()).contains("expected pass, got fail: 「甲 学习时间 0 学时，少于 40 学时"
        + "（差 40 学时）」");
    ScenarioTest.Result gaps = run("rules", "test", dir.resolve("x.test.yaml").toString());
    assertThat(gaps.out()).contains("coverage gaps");
    assertThat(run("rules", "test", dir.resolve("none").toString()).exit()).isEqualTo(2);
  }

  @Test
  void factsAndExplainTellAnAuthorWhatARuleReads() {
    ScenarioTest.Result facts = run("rules", "facts");
    assertThat(facts.out()).contains("org.opinions  list(branchcheck.Opinion) — ");
    ScenarioTest.Result explain = run("rules", "explain", "org.assembly");
    assertThat(explain.exit()).isEqualTo(2);
    assertThat(explain.err()).contains("no rule org.assembly in xianjinxing-2005/phase1; it is in"
        + " org-life: branchcheck rules explain org.assembly --rules org-life");
    ScenarioTest.Result found = run("rules", "explain", "org.assembly", "--rules", "org-life");
    assertThat(found.exit()).isZero();
    assertThat(found.out()).contains("facts it reads:", "org.meetings", "assembly_period");
  }
}
