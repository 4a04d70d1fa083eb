package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RunResult;
import org.branchcheck.rules.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format reads a result's findings a bounded number of times, however many organisations
 * it has: the work is counted in findings decoded, not timed. Reading one organisation's findings
 * by filtering the whole list, once per organisation, would decode thousands of times as many.
 */
class ReportWorkTest {
  private static final int ORGS = 3000;
  private static final int MEMBERS = 30_000;

  static Stream<Arguments> formats() {
    return Stream.of(ReportFormat.values())
        .flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
  }

  @ParameterizedTest(name = "{0}, failures only: {1}")
  @MethodSource("formats")
  void decodesEachFindingAtMostThreeTimes(ReportFormat format, boolean failuresOnly)
      throws IOException {
    CheckResult r = ManyOrgs.result(ORGS, MEMBERS);
    RunResult run = ReportFixture.run(new ReportOptions(Severity.ERROR, failuresOnly, false),
        List.of(), r);

    // as bytes, the way every format, binary or text, is written to a file
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    format.reporter().write(run, report);

    assertThat(report.size()).isPositive();
    assertThat(r.findings().decodedFindings()).isLessThanOrEqualTo(3L * r.findings().size());
  }
}
