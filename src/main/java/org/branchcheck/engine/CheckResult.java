package org.branchcheck.engine;

import java.util.List;
import java.util.Map;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Waiver;
import org.branchcheck.rules.Severity;

/**
 * Everything a report shows about one dataset. When {@code problems} is not empty the input could
 * not be trusted and no findings were produced. {@code essays} lists the essays whose text the
 * checker counted itself. The findings are held compactly, and the counts below come from counts
 * the list made as it was built: none of them reads a finding.
 */
public record CheckResult(
    DatasetSource source,
    Map<String, Object> params,
    FindingList findings,
    List<OrgVerdict> verdicts,
    List<Problem> problems,
    List<Waiver> unusedWaivers,
    HoursHistogram hours,
    List<EssayCount> essays,
    PrunedCounts pruned) {

  /** A result whose findings are given as objects: they are copied into a compact list. */
  public CheckResult(DatasetSource source, Map<String, Object> params, List<Finding> findings,
      List<OrgVerdict> verdicts, List<Problem> problems, List<Waiver> unusedWaivers,
      HoursHistogram hours, List<EssayCount> essays, PrunedCounts pruned) {
    this(source, params, FindingList.copyOf(findings), verdicts, problems, unusedWaivers, hours,
        essays, pruned);
  }

  public static CheckResult inputError(DatasetSource source, List<Problem> problems) {
    return new CheckResult(source, Map.of(), FindingList.of(), List.of(), List.copyOf(problems),
        List.of(), HoursHistogram.empty(0), List.of(), PrunedCounts.NONE);
  }

  public CheckResult withSource(DatasetSource newSource) {
    return new CheckResult(newSource, params, findings, verdicts, problems, unusedWaivers, hours,
        essays, pruned);
  }

  public boolean hasInputErrors() {
    return !problems.isEmpty();
  }

  /** True when some error-severity rule failed: the verdict is "may not transition". */
  public boolean hasBlockingFailures() {
    return blocking() > 0;
  }

  /** Unreadable, failed (a failure at {@code failOn} or worse), or passed. */
  public DatasetStatus status(Severity failOn) {
    if (hasInputErrors()) {
      return DatasetStatus.UNREADABLE;
    }
    boolean failed = false;
    for (Severity s : Severity.values()) {
      failed |= s.compareTo(failOn) <= 0 && findings.counts().count(null, Outcome.FAIL, s) > 0;
    }
    return failed ? DatasetStatus.FAILED : DatasetStatus.PASSED;
  }

  /** Findings with this outcome, including passes left out under {@code --failures-only}. */
  public long count(Outcome outcome) {
    return findings.counts().count(null, outcome, null) + pruned.total(outcome);
  }

  public long blocking() {
    return findings.counts().count(null, Outcome.FAIL, Severity.ERROR);
  }

  /** Check-stage failures of warning severity: reported, never blocking unless asked. */
  public long warnings() {
    return findings.counts().count(null, Outcome.FAIL, Severity.WARNING);
  }
}
