package org.branchcheck.ruletest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Evaluator;
import org.branchcheck.engine.Finding;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.io.LocatedYaml;
import org.branchcheck.io.LocatedYaml.MapNode;
import org.branchcheck.io.TextDecoder;
import org.branchcheck.io.Values;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.DidYouMean;
import org.branchcheck.rules.ParamValues;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;
import org.branchcheck.rules.RuleSource;

/**
 * Runs rule-set test files: each case's inline dataset goes through the same reader, parameter
 * resolution and evaluator as {@code check}, and every expectation is compared with the finding
 * for its (rule, subject).
 */
public final class RuleTestRunner {
  private final Coverage coverage = new Coverage();

  private RuleTestRunner() {}

  /** @param requireCoverage whether rules without a passing, failing or n/a test are gaps */
  public static RuleTestReport run(List<RuleSource> testFiles, boolean requireCoverage) {
    RuleTestRunner runner = new RuleTestRunner();
    List<RuleTestReport.FileResult> files = new ArrayList<>();
    for (RuleSource source : testFiles) {
      files.add(runner.file(source));
    }
    return new RuleTestReport(files, requireCoverage ? runner.coverage.gaps() : List.of());
  }

  private RuleTestReport.FileResult file(RuleSource source) {
    List<Problem> problems = new ArrayList<>();
    RuleTestSpec spec = spec(source, problems);
    if (spec == null || !problems.isEmpty()) {
      return unusable(source, problems);
    }
    String reference = spec.ruleSet() != null ? spec.ruleSet().text() : defaultRuleSet(source);
    SourceLocation refAt = spec.ruleSet() != null ? spec.ruleSet().at()
        : SourceLocation.ofFile(source.display());
    Optional<RuleSource> ruleSource = source.resolve(reference);
    if (ruleSource.isEmpty() || !ruleSource.get().exists()) {
      problems.add(new Problem(refAt, "rule_set: '" + reference + "' is not a rule-set file"
          + " beside this test file nor a shipped rule set"));
      return unusable(source, problems);
    }
    RuleSet rules;
    try {
      rules = RuleSetCatalog.load(ruleSource.get());
    } catch (RuleSetException e) {
      return unusable(source, e.problems());
    }
    coverage.register(rules);
    List<RuleTestReport.CaseResult> cases = new ArrayList<>();
    for (RuleTestSpec.Case c : spec.cases()) {
      cases.add(runCase(spec, c, rules));
    }
    return new RuleTestReport.FileResult(source.display(), rules.id(), rules.version(),
        List.of(), cases);
  }

  private static RuleTestSpec spec(RuleSource source, List<Problem> problems) {
    try {
      return RuleTestLoader.load(source.display(), TextDecoder.decode(source.read()).text(),
          problems);
    } catch (CharacterCodingException e) {
      problems.add(new Problem(SourceLocation.ofFile(source.display()),
          "test file is neither UTF-8 nor GB18030"));
    } catch (IOException e) {
      problems.add(new Problem(SourceLocation.ofFile(source.display()),
          "cannot be read: " + e.getMessage()));
    }
    return null;
  }

  /** "phase1.test.yaml" tests "phase1.yaml" beside it. */
  private static String defaultRuleSet(RuleSource source) {
    String name = source.display().substring(source.display().lastIndexOf('/') + 1);
    return name.replaceFirst("\\.test\\.ya?ml$", ".yaml");
  }

  private static RuleTestReport.FileResult unusable(RuleSource source, List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    return new RuleTestReport.FileResult(source.display(), "", "", sorted, List.of());
  }

  private RuleTestReport.CaseResult runCase(RuleTestSpec spec, RuleTestSpec.Case c,
      RuleSet rules) {
    List<Problem> failures = new ArrayList<>();
    LocalDate asOf = asOf(spec, c, failures);
    DatasetReader.ReadResult read = DatasetReader.inline(c.name(), merge(spec.data(), c),
        asOf == null ? LocalDate.MAX : asOf);
    read.problems().forEach(p -> failures.add(new Problem(p.at(), "data: " + p.message())));
    List<ParamOverride> overrides = new ArrayList<>(overrides(spec.params()));
    overrides.addAll(overrides(c.params()));
    List<Problem> paramProblems = new ArrayList<>();
    Map<String, Object> params = ParamValues.resolve(rules, paramProblems,
        read.dataset().params().values(), overrides);
    failures.addAll(paramProblems);
    if (asOf != null && !rules.inForceOn(asOf)) {
      failures.add(new Problem(c.at(), "rule set " + rules.id() + " is " + rules.periodText()
          + ", not on " + asOf));
    }
    if (!failures.isEmpty()) {
      return new RuleTestReport.CaseResult(c.name(), c.at(), c.expects().size(), failures);
    }
    CheckResult result = Evaluator.evaluate(rules.forDay(asOf), read.dataset(), params, asOf);
    for (RuleTestSpec.Expect e : c.expects()) {
      compare(e, rules, result.findings()).ifPresentOrElse(failures::add,
          () -> coverage.saw(rules.id(), e.rule(), e.outcome()));
    }
    return new RuleTestReport.CaseResult(c.name(), c.at(), c.expects().size(), failures);
  }

  private static LocalDate asOf(RuleTestSpec spec, RuleTestSpec.Case c, List<Problem> failures) {
    LocatedYaml.Scalar s = c.asOf() != null ? c.asOf() : spec.asOf();
    if (s == null) {
      failures.add(new Problem(c.at(), "no as_of for this case (give it in the case or at the top"
          + " of the file)"));
      return null;
    }
    try {
      return Values.date(s.text());
    } catch (Values.BadValue e) {
      failures.add(new Problem(s.at(), "as_of: '" + s.text() + "' is not " + e.getMessage()));
      return null;
    }
  }

  /** The shared tables, each replaced by the case's table of the same name. */
  private static MapNode merge(MapNode shared, RuleTestSpec.Case c) {
    Map<String, LocatedYaml.Node> entries = new LinkedHashMap<>();
    Map<String, SourceLocation> keys = new LinkedHashMap<>();
    for (MapNode m : new MapNode[] {shared, c.data()}) {
      if (m != null) {
        entries.putAll(m.entries());
        keys.putAll(m.keys());
      }
    }
    return new MapNode(entries, keys, c.data() != null ? c.data().at() : c.at());
  }

  private static List<ParamOverride> overrides(MapNode params) {
    List<ParamOverride> out = new ArrayList<>();
    if (params != null) {
      params.entries().forEach((name, node) -> out.add(new ParamOverride(name,
          node instanceof LocatedYaml.Scalar s && s.text() != null ? s.text() : "",
          node.at())));
    }
    return out;
  }

  /** A failure describing how the expectation was not met, or empty when it was. */
  private static Optional<Problem> compare(RuleTestSpec.Expect e, RuleSet rules,
      List<Finding> findings) {
    List<String> known = new ArrayList<>();
    rules.rules().forEach(r -> known.add(r.id()));
    rules.switchedOff().forEach(r -> known.add(r.rule()));
    if (!known.contains(e.rule())) {
      return Optional.of(new Problem(e.at(), "no rule '" + e.rule() + "' in " + rules.id()
          + DidYouMean.hint(e.rule(), known)));
    }
    List<Finding> forRule = findings.stream().filter(f -> f.rule().equals(e.rule())).toList();
    Optional<Finding> found = forRule.stream().filter(f -> f.subject().equals(e.subject()))
        .findFirst();
    String what = e.rule() + " / " + e.subject() + ": ";
    if (e.outcome().equals("absent")) {
      return found.map(f -> new Problem(e.at(), what + "expected no finding, got "
          + f.outcome().code() + quoted(f.message())));
    }
    if (found.isEmpty()) {
      return Optional.of(new Problem(e.at(), what + "no finding" + (forRule.isEmpty()
          ? " (the rule is not in force on the as-of date)"
          : DidYouMean.hint(e.subject(), forRule.stream().map(Finding::subject).toList()))));
    }
    Finding f = found.get();
    if (!f.outcome().code().equals(e.outcome())) {
      return Optional.of(new Problem(e.at(), what + "expected " + e.outcome() + ", got "
          + f.outcome().code() + quoted(f.message())));
    }
    if (e.message() != null && !f.message().contains(e.message())) {
      return Optional.of(new Problem(e.at(), what + "message does not contain \"" + e.message()
          + "\"" + quoted(f.message())));
    }
    return Optional.empty();
  }

  private static String quoted(String message) {
    return message.isEmpty() ? "" : ": 「" + message + "」";
  }
}
