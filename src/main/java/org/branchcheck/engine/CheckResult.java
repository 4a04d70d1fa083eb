package org.branchcheck.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Waiver;

/**
 * Everything a report shows about one dataset checked against one rule set. When {@code problems}
 * is not empty the input could not be trusted and no findings were produced.
 */
public record CheckResult(
    String dataset,
    RuleSetInfo ruleSet,
    LocalDate asOf,
    Map<String, Object> params,
    List<Finding> findings,
    List<OrgVerdict> verdicts,
    List<Problem> problems,
    List<Waiver> unusedWaivers) {

  /** Identifies the rule set a result was produced with. */
  public record RuleSetInfo(String id, String title, String version) {}

  public static CheckResult inputError(
      String dataset, RuleSetInfo ruleSet, LocalDate asOf, List<Problem> problems) {
    return new CheckResult(dataset, ruleSet, asOf, Map.of(), List.of(), List.of(),
        List.copyOf(problems), List.of());
  }

  public boolean hasInputErrors() {
    return !problems.isEmpty();
  }

  /** True when some error-severity rule failed: the run's verdict is "may not transition". */
  public boolean hasBlockingFailures() {
    return findings.stream().anyMatch(Finding::blocking);
  }

  public long count(Outcome outcome) {
    return findings.stream().filter(f -> f.outcome() == outcome).count();
  }
}
