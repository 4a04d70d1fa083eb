package org.branchcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetSource;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.FindingList;
import org.branchcheck.engine.FindingListBuilder;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.PrunedCounts;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * A large dataset for the tests that bound the work of reports: {@code orgs} organisations under
 * one root and {@code members} members spread over them round-robin, so that consecutive findings
 * of a rule belong to different organisations (the worst order for reading one organisation's
 * findings), judged by the two fixture rules with every outcome; then a verdict per organisation.
 */
final class ManyOrgs {
  private ManyOrgs() {}

  static CheckResult result(int orgs, int members) {
    FindingListBuilder findings = FindingList.builder();
    List<String> rules = List.of(ReportFixture.HOURS, ReportFixture.NOTES);
    Outcome[] outcomes = Outcome.values();
    for (String rule : rules) {
      Severity severity = rule.equals(ReportFixture.NOTES) ? Severity.WARNING : Severity.ERROR;
      for (int m = 0; m < members; m++) {
        Outcome outcome = outcomes[(m / 3 + rule.length()) % outcomes.length];
        findings.add(new Finding(rule, "title", Scope.MEMBER, Stage.CHECK, "M" + m, "党员" + m,
            org(m % orgs), outcome, severity, "党员" + m + " " + outcome.code() + " 差 " + m % 40
                + " 学时", new SourceLocation("members.csv", m + 2, 0)));
      }
    }
    List<OrgVerdict> verdicts = new ArrayList<>();
    for (int o = 0; o < orgs; o++) {
      findings.add(new Finding("org.transition", "可以转段", Scope.ORG, Stage.VERDICT, org(o),
          "组织" + o, org(o), o % 2 == 0 ? Outcome.FAIL : Outcome.PASS, Severity.ERROR, "",
          new SourceLocation("orgs.csv", o + 2, 0)));
      verdicts.add(new OrgVerdict(org(o), "组织" + o, "党支部", o == 0 ? "" : org(0), o % 5 == 4,
          o % 2 == 1, members / orgs, 1, 1, 1, 0, List.of(ReportFixture.HOURS)));
    }
    return new CheckResult(new DatasetSource("data/district", "data/district", "区", List.of()),
        Map.of(), findings.build(), verdicts, List.of(), List.of(), HoursHistogram.empty(40),
        List.of(), PrunedCounts.NONE);
  }

  static String org(int o) {
    return "O" + o;
  }
}
