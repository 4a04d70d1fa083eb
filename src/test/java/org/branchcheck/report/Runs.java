package org.branchcheck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetSource;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/** Small run results built by hand, so a reporter test controls every string that reaches it. */
final class Runs {
  static final RuleSetInfo RULES = new RuleSetInfo("test/rules", "测试", "1.0.0", "rules.yaml",
      "0".repeat(64), List.of());

  private Runs() {}

  static Finding finding(String rule, String title, Outcome outcome, Severity severity,
      String subjectName, String message, SourceLocation at) {
    return new Finding(rule, title, Scope.MEMBER, Stage.CHECK, "M01", subjectName, "B01",
        outcome, severity, message, at);
  }

  static Finding finding(Outcome outcome, Severity severity) {
    return finding("member.study-hours", "学习培训不少于规定学时", outcome, severity, "张三",
        "张三 学习时间 6 学时", new SourceLocation("members.csv", 3, 2));
  }

  static CheckResult dataset(String path, String name, List<Finding> findings) {
    return new CheckResult(new DatasetSource(path, path, name, List.of()), Map.of(), findings,
        List.of(), List.of(), List.of(), HoursHistogram.empty(40));
  }

  static CheckResult unreadable(String path, Problem... problems) {
    return CheckResult.inputError(new DatasetSource(path, path, path, List.of()),
        List.of(problems));
  }

  static RunResult run(ReportOptions options, List<Problem> problems, CheckResult... datasets) {
    return new RunResult(RULES, LocalDate.of(2005, 8, 31), Map.of(), options,
        List.of(datasets), problems);
  }

  static RunResult run(CheckResult... datasets) {
    return run(ReportOptions.DEFAULT, List.of(), datasets);
  }
}
