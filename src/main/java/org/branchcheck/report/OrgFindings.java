package org.branchcheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RunResult;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * The check-stage findings of one organisation (or of a whole dataset) sorted the way the printable
 * reports list them: failures, warnings, waived, exempt (one line per person, not per rule). The
 * lists honour {@code --failures-only}; the counts never do, as in the text report. Verdict
 * findings are left out: they only restate the failures beneath the organisation.
 */
record OrgFindings(
    List<Finding> errors,
    List<Finding> warnings,
    List<Finding> waived,
    List<Finding> exempt,
    long checks,
    long errorCount,
    long warningCount,
    long waivedCount,
    long exemptCount,
    long pass,
    long notApplicable) {

  static OrgFindings of(RunResult run, CheckResult r, String org) {
    return build(run.shown(r), r.findings(), f -> f.org().equals(org))
        .plus(r.pruned().of(org, Outcome.PASS), r.pruned().of(org, Outcome.NOT_APPLICABLE));
  }

  /** Counts over the whole dataset. */
  static OrgFindings counts(CheckResult r) {
    return build(r.findings(), r.findings(), f -> true).plus(
        r.pruned().total(Outcome.PASS), r.pruned().total(Outcome.NOT_APPLICABLE));
  }

  private static OrgFindings build(List<Finding> shown, List<Finding> all,
      Predicate<Finding> mine) {
    Predicate<Finding> own = mine.and(f -> f.stage() == Stage.CHECK);
    List<Finding> listed = shown.stream().filter(own).toList();
    List<Finding> counted = all.stream().filter(own).toList();
    Map<String, Finding> exempt = new LinkedHashMap<>();
    listed.stream().filter(f -> f.outcome() == Outcome.EXEMPT)
        .forEach(f -> exempt.putIfAbsent(f.subject(), f));
    return new OrgFindings(
        listed.stream().filter(OrgFindings::error).toList(),
        listed.stream().filter(OrgFindings::warning).toList(),
        listed.stream().filter(f -> f.outcome() == Outcome.WAIVED).toList(),
        List.copyOf(exempt.values()),
        counted.size(),
        counted.stream().filter(OrgFindings::error).count(),
        counted.stream().filter(OrgFindings::warning).count(),
        count(counted, Outcome.WAIVED),
        count(counted, Outcome.EXEMPT),
        count(counted, Outcome.PASS),
        count(counted, Outcome.NOT_APPLICABLE));
  }

  /** With passes and not-applicable findings that were counted but not kept. */
  private OrgFindings plus(long morePass, long moreNotApplicable) {
    return new OrgFindings(errors, warnings, waived, exempt,
        checks + morePass + moreNotApplicable, errorCount, warningCount, waivedCount, exemptCount,
        pass + morePass, notApplicable + moreNotApplicable);
  }

  /** "通过 3 项，不适用 0 项", the closing line of each organisation. */
  String passLine() {
    return "通过 " + pass + " 项，不适用 " + notApplicable + " 项";
  }

  private static boolean error(Finding f) {
    return f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR;
  }

  private static boolean warning(Finding f) {
    return f.outcome() == Outcome.FAIL && f.severity() == Severity.WARNING;
  }

  private static long count(List<Finding> findings, Outcome o) {
    return findings.stream().filter(f -> f.outcome() == o).count();
  }
}
