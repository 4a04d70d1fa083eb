package org.branchcheck.ruletest;

import java.io.IOException;
import java.io.Writer;
import org.branchcheck.model.Problem;

/** Writes a {@link RuleTestReport} the way a test runner does: a line per case, then totals. */
public final class RuleTestTextWriter {
  private RuleTestTextWriter() {}

  public static void write(RuleTestReport report, boolean verbose, Writer out) throws IOException {
    for (RuleTestReport.FileResult f : report.files()) {
      out.write(f.file() + (f.ruleSet().isEmpty() ? "" : "  (" + f.ruleSet() + " "
          + f.version() + ")") + "\n");
      for (Problem p : f.problems()) {
        out.write("  ERROR " + p + "\n");
      }
      for (RuleTestReport.CaseResult c : f.cases()) {
        if (c.passed() && !verbose) {
          continue;
        }
        out.write("  " + (c.passed() ? "ok    " : "FAIL  ") + c.name() + "  ("
            + c.expectations() + " expectations, " + c.at().atColumn(0) + ")\n");
        for (Problem p : c.failures()) {
          out.write("        " + p + "\n");
        }
      }
      long passed = f.cases().stream().filter(RuleTestReport.CaseResult::passed).count();
      if (f.problems().isEmpty()) {
        out.write("  " + passed + "/" + f.cases().size() + " cases passed\n");
      }
    }
    if (!report.gaps().isEmpty()) {
      out.write("coverage gaps (rules no test shows with these outcomes):\n");
      for (RuleTestReport.CoverageGap g : report.gaps()) {
        out.write("  " + g.at().atColumn(0) + " " + g.ruleSet() + " " + g.rule() + ": "
            + String.join(", ", g.missing()) + "\n");
      }
    }
    out.write(report.files().size() + " test files, " + report.cases() + " cases, "
        + report.expectations() + " expectations: " + report.failedCases() + " cases failed, "
        + report.unusableFiles() + " files unusable, " + report.gaps().size()
        + " coverage gaps\n");
  }
}
