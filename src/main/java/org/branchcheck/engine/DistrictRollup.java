package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchcheck.rules.Scope;

/**
 * A run summed up to the top: one line per dataset (its organisations' verdicts and pass rate, its
 * assessed members, those failing and those short of the required hours) and the district totals.
 * Temporary units are not counted as organisations: they answer to the unit that set them up.
 * {@code failuresByRule} counts failing subjects per check-stage rule, in rule-set order (verdict
 * rules only restate those failures).
 */
public record DistrictRollup(
    Line total, List<Line> datasets, Map<String, Long> failuresByRule, HoursHistogram hours) {

  /** Counts for one dataset, or for all of them. */
  public record Line(
      String path,
      String name,
      DatasetStatus status,
      long orgs,
      long orgsPassing,
      long members,
      long membersFailing,
      long membersShortOfHours) {

    /** Share of organisations that may transition, 0–100, or -1 when there are none. */
    public double orgPassRate() {
      return orgs == 0 ? -1 : 100.0 * orgsPassing / orgs;
    }
  }

  public static DistrictRollup of(RunResult run) {
    Map<String, Long> byRule = new LinkedHashMap<>();
    run.ruleSet().rules().stream().filter(r -> r.stage().equals("check"))
        .forEach(r -> byRule.put(r.id(), 0L));
    List<Line> lines = new ArrayList<>();
    HoursHistogram hours = HoursHistogram.empty(0);
    long orgs = 0;
    long orgsPassing = 0;
    long members = 0;
    long failing = 0;
    long shortOfHours = 0;
    for (CheckResult d : run.datasets()) {
      Set<String> failingMembers = new HashSet<>();
      FindingList all = d.findings();
      // one pass over the failures, decoding only the pages that hold some
      for (Finding f : all.select(i -> all.outcome(i) == Outcome.FAIL)) {
        byRule.computeIfPresent(f.rule(), (rule, n) -> n + 1);
        if (f.blocking() && f.scope() == Scope.MEMBER) {
          failingMembers.add(f.subject());
        }
      }
      Line line = line(run, d, failingMembers.size());
      lines.add(line);
      orgs += line.orgs();
      orgsPassing += line.orgsPassing();
      members += line.members();
      failing += line.membersFailing();
      shortOfHours += line.membersShortOfHours();
      hours = hours.plus(d.hours());
    }
    Line total = new Line("", "", run.status(), orgs, orgsPassing, members, failing,
        shortOfHours);
    return new DistrictRollup(total, List.copyOf(lines), byRule, hours);
  }

  private static Line line(RunResult run, CheckResult d, long failingMembers) {
    List<OrgVerdict> units = d.verdicts().stream().filter(v -> !v.temporary()).toList();
    long passing = units.stream().filter(OrgVerdict::transition).count();
    return new Line(d.source().path(), d.source().name(), run.status(d), units.size(), passing,
        d.hours().total(), failingMembers, d.hours().below());
  }
}
