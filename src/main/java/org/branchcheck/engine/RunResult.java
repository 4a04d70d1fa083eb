package org.branchcheck.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Problem;

/**
 * One run of the checker over one or many datasets: the provenance every machine report carries
 * (rule set, as-of date, command-line parameters), each dataset's result in path order, and the
 * problems that concern the run as a whole (a rule set that does not load, a path that does not
 * exist). Every report format writes one of these; the exit code is derived from it alone.
 */
public record RunResult(
    RuleSetInfo ruleSet,
    LocalDate asOf,
    Map<String, String> cliParams,
    ReportOptions options,
    List<CheckResult> datasets,
    List<Problem> problems) {

  /** The worst status over all datasets; run problems or no dataset at all make it unreadable. */
  public DatasetStatus status() {
    DatasetStatus worst = problems.isEmpty() ? DatasetStatus.PASSED : DatasetStatus.UNREADABLE;
    for (CheckResult d : datasets) {
      worst = worst.worse(status(d));
    }
    return worst;
  }

  public DatasetStatus status(CheckResult dataset) {
    return dataset.status(options.failOn());
  }

  public long count(DatasetStatus status) {
    return datasets.stream().filter(d -> status(d) == status).count();
  }

  /**
   * The findings a listing shows: all, or with {@code --failures-only} those that need a look. A
   * view of the dataset's list, decoded as it is read.
   */
  public List<Finding> shown(CheckResult dataset) {
    FindingList all = dataset.findings();
    if (!options.failuresOnly()) {
      return all;
    }
    return all.select(i -> all.outcome(i) != Outcome.PASS
        && all.outcome(i) != Outcome.NOT_APPLICABLE);
  }

  public DistrictRollup rollup() {
    return DistrictRollup.of(this);
  }
}
