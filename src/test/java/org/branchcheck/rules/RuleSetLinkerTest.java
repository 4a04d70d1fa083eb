package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchcheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extends, overrides and periods of force, on rule files written to a temporary folder. */
class RuleSetLinkerTest {
  @TempDir Path dir;

  private static final String RULE = """
        - id: %s
          title: t
          scope: org
          %s
          check: %s
          message: m
          source: s
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private String base() {
    return """
        id: base/set
        title: 基础
        version: 1.0.0
        params:
          min_talks: {type: int, default: 1}
        rules:
        """ + RULE.formatted("org.a", "", "true") + RULE.formatted("org.b", "when: org.is_unit",
        "org.session_count >= params.min_talks");
  }

  private RuleSet load(Path p) throws RuleSetException {
    return RuleSetCatalog.load(RuleSource.file(p));
  }

  private List<String> problems(Path p) {
    try {
      load(p);
      return List.of();
    } catch (RuleSetException e) {
      return e.problems().stream().map(Problem::toString)
          .map(s -> s.replace(dir.toString() + "/", "")).toList();
    }
  }

  @Test
  void anOverlayChangesDefaultsSeverityAndPeriodSwitchesARuleOffAndAddsOne() throws IOException,
      RuleSetException {
    write("base.yaml", base());
    Path overlay = write("district.yaml", """
        id: district/set
        extends: base.yaml
        params:
          min_talks: 3
          room_min: {type: number, default: 50, description: 面积}
        overrides:
          org.a: {off: true, reason: 另行检查}
          org.b: {severity: warning, effective: {from: 2005-08-01}, reason: 八月起只作提醒}
        rules:
        """ + RULE.formatted("org.c", "", "org.room_area >= params.room_min"));
    RuleSet r = load(overlay);
    assertThat(r.id()).isEqualTo("district/set");
    assertThat(r.title()).isEqualTo("基础");
    assertThat(r.params().get("min_talks").defaultValue()).isEqualTo(3L);
    assertThat(r.rules()).extracting(Rule::id).containsExactly("org.b", "org.c");
    Rule b = r.rules().get(0);
    assertThat(b.severity()).isEqualTo(Severity.WARNING);
    assertThat(b.from()).isEqualTo(LocalDate.of(2005, 8, 1));
    assertThat(b.notes()).hasSize(2).allMatch(n -> n.contains("八月起只作提醒"));
    assertThat(r.switchedOff()).singleElement()
        .matches(o -> o.rule().equals("org.a") && o.reason().equals("另行检查")
            && o.by().equals("district/set"));
    assertThat(r.lineage()).extracting(RuleSet.Origin::id)
        .containsExactly("district/set", "base/set");
    assertThat(r.lineage()).allMatch(o -> o.sha256().length() == 64);
    assertThat(r.forDay(LocalDate.of(2005, 7, 31)).rules()).extracting(Rule::id)
        .containsExactly("org.c");
  }

  @Test
  void extendsAShippedRuleSetById() throws IOException, RuleSetException {
    Path overlay = write("d.yaml", """
        id: d/phase1
        extends: xianjinxing-2005/phase1
        params: {min_hours: 45}
        """);
    RuleSet r = load(overlay);
    assertThat(r.rules()).hasSameSizeAs(RuleSetCatalog.load("xianjinxing-2005/phase1").rules());
    assertThat(r.params().get("min_hours").defaultValue()).isEqualTo(45.0);
    assertThat(r.lineage().get(1).file()).isEqualTo("rules/xianjinxing-2005/phase1.yaml");
  }

  @Test
  void aCycleOfExtendsIsRefused() throws IOException {
    write("a.yaml", "id: a\nextends: b.yaml\n");
    write("b.yaml", "id: b\nextends: a.yaml\n");
    assertThat(problems(dir.resolve("a.yaml"))).singleElement().asString()
        .contains("b.yaml:2:10: extends: 'a.yaml' leads back to a rule set already being"
            + " extended (a cycle)");
  }

  @Test
  void extendsCannotLeaveTheRuleSetsFolderNorNameAnAbsolutePath() throws IOException {
    write("outside.yaml", base());
    Path inner = write("district/d.yaml", "id: d\nextends: ../outside.yaml\n");
    Path absolute = write("district/e.yaml", "id: e\nextends: " + dir.resolve("outside.yaml")
        + "\n");
    assertThat(problems(inner)).singleElement().asString()
        .contains("extends: '../outside.yaml' is outside the folder of the rule set");
    assertThat(problems(absolute)).singleElement().asString()
        .contains("is outside the folder of the rule set, or not a relative path");
  }

  @Test
  void anUnknownShippedIdGetsTheClosestOneAndTheList() throws IOException {
    Path p = write("d.yaml", "id: d\nextends: xianjinxing-2005/phase\n");
    assertThat(problems(p)).singleElement().asString()
        .contains("extends: 'xianjinxing-2005/phase' is not a shipped rule set; did you mean"
            + " 'xianjinxing-2005/phase1'?")
        .contains("(shipped: ");
  }

  @Test
  void overridesNeedAnExtendsAReasonAndAChange() throws IOException {
    Path p = write("o.yaml", base() + """
        overrides:
          org.a: {severity: warning, reason: x}
        """);
    Path q = write("q.yaml", "id: q\nextends: base.yaml\noverrides:\n  org.a: {reason: x}\n"
        + "  org.b: {off: true}\n");
    write("base.yaml", base());
    assertThat(problems(p)).singleElement().asString()
        .contains("overrides change inherited rules; this rule set has no 'extends'");
    assertThat(problems(q)).containsExactly(
        "q.yaml:4:10: override of 'org.a' changes nothing; give severity, off or effective",
        "q.yaml:5:10: missing 'reason'");
  }

  @Test
  void twoVersionsOfARuleMayShareAnIdOnlyInPeriodsThatDoNotOverlap() throws IOException,
      RuleSetException {
    String head = "id: v\ntitle: t\nversion: 1\nrules:\n";
    Path ok = write("ok.yaml", head
        + RULE.formatted("org.a", "effective: {to: 2005-07-31}", "true")
        + RULE.formatted("org.a", "effective: {from: 2005-08-01}", "false"));
    Path clash = write("clash.yaml", head
        + RULE.formatted("org.a", "effective: {to: 2005-08-01}", "true")
        + RULE.formatted("org.a", "effective: {from: 2005-08-01}", "false"));
    RuleSet r = load(ok);
    assertThat(r.forDay(LocalDate.of(2005, 7, 31)).rules()).singleElement()
        .matches(rule -> rule.to() != null);
    assertThat(r.forDay(LocalDate.of(2005, 8, 1)).rules()).singleElement()
        .matches(rule -> rule.from() != null);
    assertThat(problems(clash)).singleElement().asString()
        .contains("duplicate rule id 'org.a'")
        .contains("need periods of force that do not overlap");
  }

  @Test
  void aRuleSetsPeriodOfForceIsCheckedAndKept() throws IOException, RuleSetException {
    Path p = write("p.yaml", base().replace("version: 1.0.0",
        "version: 1.0.0\neffective: {from: 2005-07-01, to: 2005-10-31}"));
    Path bad = write("bad.yaml", base().replace("version: 1.0.0",
        "version: 1.0.0\neffective: {from: 2005-10-31, to: 2005-07-01}"));
    RuleSet r = load(p);
    assertThat(r.inForceOn(LocalDate.of(2005, 7, 1))).isTrue();
    assertThat(r.inForceOn(LocalDate.of(2005, 10, 31))).isTrue();
    assertThat(r.inForceOn(LocalDate.of(2005, 11, 1))).isFalse();
    assertThat(r.periodText()).isEqualTo("in force 2005-07-01 to 2005-10-31");
    assertThat(problems(bad)).singleElement().asString()
        .contains("effective: 'to' 2005-07-01 is before 'from' 2005-10-31");
  }

  @Test
  void aMissingBaseFileIsReportedWhereItIsNamed() throws IOException {
    Path p = write("d.yaml", "id: d\nextends: nothing.yaml\n");
    assertThatThrownBy(() -> load(p)).isInstanceOf(RuleSetException.class)
        .extracting(e -> ((RuleSetException) e).problems().get(0).toString()).asString()
        .endsWith("d.yaml:2:10: cannot be read: " + dir.resolve("nothing.yaml")
            + " does not exist");
  }
}
