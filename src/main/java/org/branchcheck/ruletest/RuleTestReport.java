package org.branchcheck.ruletest;

import java.util.List;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * What a {@code rules test} run found: per test file, the rule set it tested and each case's
 * mismatches; a file that cannot be used carries its problems instead. {@code gaps} lists rules
 * that no test shows passing, failing or (for rules with a condition) not applying.
 */
public record RuleTestReport(List<FileResult> files, List<CoverageGap> gaps) {

  /** One test file. */
  public record FileResult(
      String file, String ruleSet, String version, List<Problem> problems, List<CaseResult> cases) {}

  /** One case: how many expectations it had and those that did not hold. */
  public record CaseResult(
      String name, SourceLocation at, int expectations, List<Problem> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** A rule of a tested rule set with outcomes no test asserts. */
  public record CoverageGap(String ruleSet, String rule, List<String> missing, SourceLocation at) {}

  public long cases() {
    return files.stream().mapToLong(f -> f.cases().size()).sum();
  }

  public long failedCases() {
    return files.stream().flatMap(f -> f.cases().stream()).filter(c -> !c.passed()).count();
  }

  public long expectations() {
    return files.stream().flatMap(f -> f.cases().stream()).mapToLong(CaseResult::expectations)
        .sum();
  }

  public long unusableFiles() {
    return files.stream().filter(f -> !f.problems().isEmpty()).count();
  }

  /** 2 when a test file or rule set cannot be used, 1 on a mismatch or gap, else 0. */
  public ExitCode exitCode() {
    if (unusableFiles() > 0 || files.isEmpty()) {
      return ExitCode.INPUT_ERROR;
    }
    return failedCases() > 0 || !gaps.isEmpty() ? ExitCode.FAILED : ExitCode.OK;
  }
}
