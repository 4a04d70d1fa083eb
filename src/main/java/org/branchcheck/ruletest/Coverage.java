package org.branchcheck.ruletest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.branchcheck.rules.Rule;
import org.branchcheck.rules.RuleSet;

/**
 * Which outcomes the tests have shown for each rule. A rule set's own rules (not those it
 * inherits, which the base set's tests cover) must be seen passing and failing, and, when they
 * have a {@code when} condition, not applying.
 */
final class Coverage {
  private final Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
  private final Map<String, Set<String>> seen = new HashMap<>();

  void register(RuleSet rules) {
    ruleSets.putIfAbsent(rules.id(), rules);
  }

  void saw(String ruleSet, String rule, String outcome) {
    seen.computeIfAbsent(ruleSet + " " + rule, k -> new TreeSet<>()).add(outcome);
  }

  List<RuleTestReport.CoverageGap> gaps() {
    List<RuleTestReport.CoverageGap> out = new ArrayList<>();
    for (RuleSet rules : ruleSets.values()) {
      Set<String> done = new TreeSet<>();
      for (Rule r : rules.rules()) {
        if (!r.at().file().equals(rules.file()) || !done.add(r.id())) {
          continue;
        }
        Set<String> outcomes = seen.getOrDefault(rules.id() + " " + r.id(), Set.of());
        List<String> missing = new ArrayList<>();
        for (String needed : needed(r)) {
          if (!outcomes.contains(needed)) {
            missing.add(needed);
          }
        }
        if (!missing.isEmpty()) {
          out.add(new RuleTestReport.CoverageGap(rules.id(), r.id(), missing, r.at()));
        }
      }
    }
    return out;
  }

  private static List<String> needed(Rule r) {
    return r.when().isPresent() ? List.of("pass", "fail", "not_applicable")
        : List.of("pass", "fail");
  }
}
