package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.branchcheck.model.Org;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;

/**
 * Counts check-stage failures over each organisation's subtree (its own org findings, those of the
 * organisations beneath it, and those of all their members): the facts verdict rules read as
 * {@code rollup}, and the transition verdict itself.
 */
final class Rollup {
  private final OrgTree tree;
  private final Map<String, List<Finding>> failuresByOrg = new HashMap<>();
  /** Each org's verdict is a subtree walk; verdict rules and the report all ask for it. */
  private final Map<String, OrgVerdict> verdicts = new HashMap<>();

  /** Assessed (not exempt) members per organisation, own members only. */
  private final Map<String, Long> membersByOrg;

  Rollup(OrgTree tree, List<Finding> checkFindings, Map<String, Long> membersByOrg) {
    this.tree = tree;
    this.membersByOrg = membersByOrg;
    for (Finding f : checkFindings) {
      if (f.outcome() == Outcome.FAIL) {
        failuresByOrg.computeIfAbsent(f.org(), k -> new ArrayList<>()).add(f);
      }
    }
  }

  /** The {@code branchcheck.Rollup} facts of one organisation. */
  Map<String, Object> facts(String orgId) {
    OrgVerdict v = verdict(tree.get(orgId).orElseThrow());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("errors", v.errors());
    r.put("warnings", v.warnings());
    r.put("failing_members", v.failingMembers());
    r.put("failing_orgs", v.failingOrgs());
    r.put("failed_rules", v.failedRules());
    return r;
  }

  OrgVerdict verdict(Org o) {
    return verdicts.computeIfAbsent(o.id(), id -> count(o));
  }

  private OrgVerdict count(Org o) {
    long errors = 0;
    long warnings = 0;
    long assessed = 0;
    Set<String> members = new TreeSet<>();
    Set<String> orgs = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    for (String id : tree.subtree(o.id())) {
      assessed += membersByOrg.getOrDefault(id, 0L);
      for (Finding f : failuresByOrg.getOrDefault(id, List.of())) {
        if (f.severity() == Severity.WARNING) {
          warnings++;
          continue;
        }
        errors++;
        rules.add(f.rule());
        (f.scope() == Scope.MEMBER ? members : orgs).add(f.subject());
      }
    }
    return new OrgVerdict(o.id(), o.name(), o.kind().code(), o.parent(), o.kind().temporary(),
        errors == 0, assessed, errors, warnings, members.size(), orgs.size(), List.copyOf(rules));
  }
}
