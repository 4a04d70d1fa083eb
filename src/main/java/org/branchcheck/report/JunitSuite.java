package org.branchcheck.report;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetSource;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Severity;

/** One {@code <testsuite>} of the JUnit report; {@link JunitReporter} says how outcomes map. */
final class JunitSuite {
  static final String INPUT_ERROR = "input.error";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  /** What a finding becomes in JUnit terms. */
  enum Verdict { PASSED, FAILURE, NOTED, SKIPPED }

  private final IndentedXml xml;
  private final RunResult run;
  private final int id;
  private final Map<String, RuleSetInfo.RuleInfo> rules = new HashMap<>();

  JunitSuite(IndentedXml xml, RunResult run, int id) {
    this.xml = xml;
    this.run = run;
    this.id = id;
    run.ruleSet().rules().forEach(r -> rules.put(r.id(), r));
  }

  static Verdict verdict(Finding f, Severity failOn) {
    return switch (f.outcome()) {
      case FAIL -> f.severity().compareTo(failOn) <= 0 ? Verdict.FAILURE : Verdict.NOTED;
      case PASS -> Verdict.PASSED;
      case WAIVED, EXEMPT, NOT_APPLICABLE -> Verdict.SKIPPED;
    };
  }

  void dataset(CheckResult d) throws IOException {
    DatasetSource source = d.source();
    if (d.hasInputErrors()) {
      header(source.path(), 1, 0, 1, 0);
      properties(d);
      problems("read dataset", problems(d.problems().size()) + " in the input; the dataset was"
          + " not checked", d.problems().stream().map(p -> new Problem(source.locate(p.at()),
              p.message())).toList());
      footer("");
      return;
    }
    List<Finding> shown = run.shown(d);
    int failures = 0;
    int skipped = 0;
    StringBuilder notes = new StringBuilder();
    for (Finding f : shown) {
      Verdict v = verdict(f, run.options().failOn());
      failures += v == Verdict.FAILURE ? 1 : 0;
      skipped += v == Verdict.SKIPPED ? 1 : 0;
      if (v == Verdict.NOTED) {
        notes.append(f.severity().code()).append(": ").append(source.where(f.at())).append(": ")
            .append(f.message()).append(" (").append(f.rule()).append("; does not fail at")
            .append(" --fail-on ").append(run.options().failOn().code()).append(")\n");
      }
    }
    d.unusedWaivers().forEach(w -> notes.append("unused waiver: ").append(source.where(w.at()))
        .append(": ").append(w.rule()).append(" for ").append(w.subject()).append('\n'));
    header(source.path(), shown.size(), failures, 0, skipped);
    properties(d);
    for (Finding f : shown) {
      testcase(source, f);
    }
    footer(notes.toString());
  }

  void runProblems() throws IOException {
    String name = nonBlank(run.ruleSet().id(), "branchcheck");
    header(name, 1, 0, 1, 0);
    properties(null);
    problems("read inputs", problems(run.problems().size()) + " with the rule set or the paths"
        + " given", run.problems());
    footer("");
  }

  private void testcase(DatasetSource source, Finding f) throws IOException {
    String name = f.subjectName().isBlank() || f.subjectName().equals(f.subject())
        ? f.subject() : f.subject() + " " + f.subjectName();
    String[] attributes = {"name", name, "classname", f.rule(), "time", "0"};
    switch (verdict(f, run.options().failOn())) {
      case PASSED, NOTED -> xml.empty("testcase", attributes);
      case FAILURE -> xml.start("testcase", attributes)
          .leaf("failure", failureText(source, f), "message", f.message(), "type", f.rule())
          .end();
      case SKIPPED -> xml.start("testcase", attributes)
          .empty("skipped", "message", label(f) + (f.message().isEmpty() ? "" : ": " + f.message()))
          .end();
    }
  }

  private String failureText(DatasetSource source, Finding f) {
    StringBuilder b = new StringBuilder();
    b.append(source.where(f.at())).append(": ").append(f.message()).append('\n');
    b.append("rule ").append(f.rule()).append(" (").append(f.severity().code()).append("): ")
        .append(f.title()).append('\n');
    RuleSetInfo.RuleInfo rule = rules.get(f.rule());
    if (rule != null && !rule.source().isEmpty()) {
      b.append("source: ").append(rule.source()).append('\n');
    }
    return b.toString();
  }

  private static String label(Finding f) {
    return f.outcome().code().replace('_', ' ');
  }

  private void problems(String name, String message, List<Problem> located) throws IOException {
    StringBuilder text = new StringBuilder();
    located.forEach(p -> text.append(p.at()).append(": ").append(p.message()).append('\n'));
    xml.start("testcase", "name", name, "classname", INPUT_ERROR, "time", "0")
        .leaf("error", text.toString(), "message", message, "type", INPUT_ERROR)
        .end();
  }

  private void header(String name, int tests, int failures, int errors, int skipped)
      throws IOException {
    xml.start("testsuite", "name", nonBlank(name, "dataset"), "tests", String.valueOf(tests),
        "failures", String.valueOf(failures), "errors", String.valueOf(errors),
        "skipped", String.valueOf(skipped), "time", "0",
        "timestamp", TIMESTAMP.format(run.asOf().atStartOfDay()), "hostname", "localhost",
        "id", String.valueOf(id), "package", run.ruleSet().id());
  }

  /** Run-level provenance, then the dataset's name, status and input files when there is one. */
  private void properties(CheckResult d) throws IOException {
    List<String> p = new ArrayList<>(List.of(
        "tool.version", Version.get(),
        "rule_set.id", run.ruleSet().id(),
        "rule_set.title", run.ruleSet().title(),
        "rule_set.version", run.ruleSet().version(),
        "rule_set.file", run.ruleSet().file(),
        "rule_set.sha256", run.ruleSet().sha256(),
        "as_of", run.asOf().toString(),
        "fail_on", run.options().failOn().code(),
        "failures_only", String.valueOf(run.options().failuresOnly()),
        "redacted", String.valueOf(run.options().redacted())));
    run.cliParams().forEach((k, v) -> p.addAll(List.of("param." + k, v)));
    if (d != null) {
      p.addAll(List.of("dataset.name", d.source().name(), "dataset.status",
          run.status(d).code()));
      for (InputFile f : d.source().files()) {
        p.addAll(List.of("sha256." + d.source().uri(SourceLocation.ofFile(f.name())),
            f.sha256()));
      }
    }
    xml.start("properties");
    for (int i = 0; i < p.size(); i += 2) {
      xml.empty("property", "name", p.get(i), "value", p.get(i + 1));
    }
    xml.end();
  }

  private void footer(String systemOut) throws IOException {
    xml.leaf("system-out", systemOut).leaf("system-err", "").end();
  }

  private static String problems(int n) {
    return n == 1 ? "1 problem" : n + " problems";
  }

  private static String nonBlank(String s, String fallback) {
    return s.isBlank() ? fallback : s;
  }
}
