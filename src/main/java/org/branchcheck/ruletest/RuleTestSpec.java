package org.branchcheck.ruletest;

import java.util.List;
import org.branchcheck.io.LocatedYaml.MapNode;
import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.model.SourceLocation;

/**
 * A rule-set test file as written. File-level {@code as_of}, {@code params} and {@code data} are
 * defaults for every case; a case's {@code data} replaces the shared tables of the same name.
 */
public record RuleTestSpec(
    String file, Scalar ruleSet, Scalar asOf, MapNode params, MapNode data, List<Case> cases) {

  /** One case: a dataset and what each rule must say about each subject. */
  public record Case(
      String name, Scalar asOf, MapNode params, MapNode data, List<Expect> expects,
      SourceLocation at) {}

  /**
   * One expectation. {@code outcome} is pass, fail, waived, exempt, not_applicable, or absent (no
   * finding at all: the rule is switched off or not in force); {@code message}, if given, must
   * occur in the finding's message.
   */
  public record Expect(String rule, String subject, String outcome, String message,
      SourceLocation at) {}
}
