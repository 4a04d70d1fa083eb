package org.branchcheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.FindingCounts;
import org.branchcheck.engine.Outcome;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * The check-stage findings of one organisation (or of a whole dataset) sorted the way the printable
 * reports list them: failures, warnings, waived, exempt (one line per person, not per rule). The
 * counts cover passes and not-applicable findings left out under {@code --failures-only}, as in
 * the text report; the lists never hold those, so they are the same with or without it. Verdict
 * findings are left out: they only restate the failures beneath the organisation. One
 * organisation's come from an {@link OrgFindingIndex}.
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

  /** Counts over the whole dataset, from the counts its findings keep: nothing is decoded. */
  static OrgFindings counts(CheckResult r) {
    FindingCounts c = r.findings().counts();
    return new OrgFindings(List.of(), List.of(), List.of(), List.of(),
        c.count(Stage.CHECK, null, null), c.count(Stage.CHECK, Outcome.FAIL, Severity.ERROR),
        c.count(Stage.CHECK, Outcome.FAIL, Severity.WARNING),
        c.count(Stage.CHECK, Outcome.WAIVED, null), c.count(Stage.CHECK, Outcome.EXEMPT, null),
        c.count(Stage.CHECK, Outcome.PASS, null),
        c.count(Stage.CHECK, Outcome.NOT_APPLICABLE, null))
        .plus(r.pruned().total(Outcome.PASS), r.pruned().total(Outcome.NOT_APPLICABLE));
  }

  /**
   * One organisation's: {@code listed} its failed, waived and exempt check findings in the
   * result's order, {@code counted} its check findings counted in the slots {@link
   * OrgFindingIndex} names.
   */
  static OrgFindings of(List<Finding> listed, long[] counted) {
    Map<String, Finding> exempt = new LinkedHashMap<>();
    listed.stream().filter(f -> f.outcome() == Outcome.EXEMPT)
        .forEach(f -> exempt.putIfAbsent(f.subject(), f));
    return new OrgFindings(
        listed.stream().filter(OrgFindings::error).toList(),
        listed.stream().filter(OrgFindings::warning).toList(),
        listed.stream().filter(f -> f.outcome() == Outcome.WAIVED).toList(),
        List.copyOf(exempt.values()),
        counted[OrgFindingIndex.CHECKS], counted[OrgFindingIndex.ERRORS],
        counted[OrgFindingIndex.WARNINGS], counted[OrgFindingIndex.WAIVED],
        counted[OrgFindingIndex.EXEMPT], counted[OrgFindingIndex.PASS],
        counted[OrgFindingIndex.NOT_APPLICABLE]);
  }

  /** With passes and not-applicable findings that were counted but not kept. */
  OrgFindings plus(long morePass, long moreNotApplicable) {
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
}
