package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.Outcome;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrgFindingIndexTest {

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of("one window", ManyOrgs.result(40, 400), false),
        Arguments.of("several windows, in tree order", ManyOrgs.result(700, 40_000), false),
        Arguments.of("several windows, backwards", ManyOrgs.result(700, 40_000), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("results")
  void givesEachOrganisationWhatFilteringTheWholeListGives(String name, CheckResult r,
      boolean backwards) {
    OrgFindingIndex index = new OrgFindingIndex(r);
    List<OrgVerdict> orgs = new ArrayList<>(r.verdicts());
    if (backwards) {
      Collections.reverse(orgs);
    }
    for (OrgVerdict v : orgs) {
      OrgFindings f = index.of(v.id());
      List<Finding> own = r.findings().stream()
          .filter(x -> x.org().equals(v.id()) && x.stage() == Stage.CHECK).toList();
      Map<String, Finding> exempt = new LinkedHashMap<>();
      select(own, x -> x.outcome() == Outcome.EXEMPT).forEach(x -> exempt.putIfAbsent(
          x.subject(), x));

      assertThat(f.errors()).isEqualTo(select(own, x -> x.blocking()));
      assertThat(f.warnings()).isEqualTo(select(own, x -> x.outcome() == Outcome.FAIL
          && x.severity() == Severity.WARNING));
      assertThat(f.waived()).isEqualTo(select(own, x -> x.outcome() == Outcome.WAIVED));
      assertThat(f.exempt()).isEqualTo(List.copyOf(exempt.values()));
      assertThat(List.of(f.checks(), f.errorCount(), f.warningCount(), f.waivedCount(),
          f.exemptCount(), f.pass(), f.notApplicable())).isEqualTo(List.of((long) own.size(),
              (long) f.errors().size(), (long) f.warnings().size(), (long) f.waived().size(),
              (long) select(own, x -> x.outcome() == Outcome.EXEMPT).size(),
              (long) select(own, x -> x.outcome() == Outcome.PASS).size(),
              (long) select(own, x -> x.outcome() == Outcome.NOT_APPLICABLE).size()));
    }
    assertThat(index.of("no such organisation").checks()).isZero();
  }

  private static List<Finding> select(List<Finding> findings, Predicate<Finding> which) {
    return findings.stream().filter(which).toList();
  }
}
