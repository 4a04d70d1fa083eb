package org.branchcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetSource;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.PrunedCounts;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/** Small hand-made runs for the reporter tests: one error rule and one warning rule. */
final class ReportFixture {
  static final String HOURS = "member.study-hours";
  static final String NOTES = "member.study-notes";
  static final LocalDate AS_OF = LocalDate.of(2005, 8, 31);
  static final RuleSetInfo RULES = new RuleSetInfo("test/unit", "单元测试", "1.0.0", "rules.yaml",
      "0".repeat(64), List.of(), List.of(), List.of(
          new RuleSetInfo.RuleInfo(HOURS, "学习培训不少于规定学时", "member", "check", "error", "002"),
          new RuleSetInfo.RuleInfo(NOTES, "有学习笔记", "member", "check", "warning", "000 §四")));

  private ReportFixture() {}

  /** A finding for member M1 of a rule above, in {@code file} at line 2. */
  static Finding finding(String rule, Outcome outcome, String message, String file) {
    Severity severity = rule.equals(NOTES) ? Severity.WARNING : Severity.ERROR;
    return new Finding(rule, "title", Scope.MEMBER, Stage.CHECK, "M1", "张三", "B1", outcome,
        severity, message, new SourceLocation(file, 2, 0));
  }

  /** A finding for member M01 with every string given, for escaping tests. */
  static Finding finding(String rule, String title, Outcome outcome, Severity severity,
      String subjectName, String message, SourceLocation at) {
    return new Finding(rule, title, Scope.MEMBER, Stage.CHECK, "M01", subjectName, "B01",
        outcome, severity, message, at);
  }

  static Finding finding(Outcome outcome, Severity severity) {
    return finding(HOURS, "学习培训不少于规定学时", outcome, severity, "张三",
        "张三 学习时间 6 学时", new SourceLocation("members.csv", 3, 2));
  }

  static Finding finding(String rule, Outcome outcome) {
    return finding(rule, outcome, "张三 " + outcome.code(), "members.csv");
  }

  /** A dataset folder {@code path} holding {@code file}, with the given findings. */
  static CheckResult dataset(String path, String file, List<Finding> findings) {
    DatasetSource source = new DatasetSource(path, path, "支部",
        List.of(new InputFile(file, "UTF-8", 10, "a".repeat(64))));
    return new CheckResult(source, Map.of(), findings, List.of(), List.of(), List.of(),
        HoursHistogram.empty(0), List.of(), PrunedCounts.NONE);
  }

  /** A dataset at {@code path} with its own name and no input files listed. */
  static CheckResult named(String path, String name, List<Finding> findings) {
    return new CheckResult(new DatasetSource(path, path, name, List.of()), Map.of(), findings,
        List.of(), List.of(), List.of(), HoursHistogram.empty(40), List.of(),
        PrunedCounts.NONE);
  }

  static CheckResult dataset(Finding... findings) {
    return dataset("data/b1", "members.csv", List.of(findings));
  }

  static CheckResult unreadable(String path, Problem... problems) {
    return CheckResult.inputError(new DatasetSource(path, path, "broken", List.of()),
        List.of(problems));
  }

  static RunResult run(Severity failOn, CheckResult... datasets) {
    return new RunResult(RULES, AS_OF, Map.of(), new ReportOptions(failOn, false, false),
        List.of(datasets), List.of());
  }

  static RunResult run(CheckResult... datasets) {
    return run(Severity.ERROR, datasets);
  }

  static RunResult run(ReportOptions options, List<Problem> problems, CheckResult... datasets) {
    return new RunResult(RULES, AS_OF, Map.of(), options, List.of(datasets), problems);
  }

  /** A run whose rule set did not load: no datasets, only run problems. */
  static RunResult unloaded(String reference, Problem... problems) {
    return new RunResult(RuleSetInfo.unloaded(reference), AS_OF, Map.of(), ReportOptions.DEFAULT,
        List.of(), List.of(problems));
  }

  static String write(Reporter reporter, RunResult run) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(run, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
