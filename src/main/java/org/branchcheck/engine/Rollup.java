package org.branchcheck.engine;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.HashMap;
import java.util.HashSet;
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
 * {@code rollup}, and the transition verdict itself. Failures are told one at a time, as they are
 * found, and only what the counts need is kept of them.
 */
final class Rollup {
  private final OrgTree tree;
  private final Map<String, Failures> failuresByOrg = new HashMap<>();
  /** Each org's verdict is a subtree walk; verdict rules and the report all ask for it. */
  private final Map<String, OrgVerdict> verdicts = new HashMap<>();

  /** Assessed (not exempt) members per organisation, own members only; read when counting. */
  private final Map<String, Long> membersByOrg;

  /**
   * One organisation's own failures: warnings counted, errors by subject and rule. Subjects are
   * kept as 64-bit hashes of their ids, not as strings: a district has hundreds of thousands of
   * failing members, and two of a million ids share a hash with odds of about one in 10^7.
   */
  private static final class Failures {
    long errors;
    long warnings;
    final LongOpenHashSet members = new LongOpenHashSet(4);
    final LongOpenHashSet orgs = new LongOpenHashSet(1);
    final Set<String> rules = new HashSet<>(4);
  }

  Rollup(OrgTree tree, Map<String, Long> membersByOrg) {
    this.tree = tree;
    this.membersByOrg = membersByOrg;
  }

  /** A check-stage finding, counted when it is a failure. */
  void add(Finding f) {
    if (f.outcome() != Outcome.FAIL) {
      return;
    }
    Failures own = failuresByOrg.computeIfAbsent(f.org(), k -> new Failures());
    if (f.severity() == Severity.WARNING) {
      own.warnings++;
      return;
    }
    own.errors++;
    own.rules.add(f.rule());
    (f.scope() == Scope.MEMBER ? own.members : own.orgs).add(hash(f.subject()));
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
    LongOpenHashSet members = new LongOpenHashSet();
    LongOpenHashSet orgs = new LongOpenHashSet();
    Set<String> rules = new TreeSet<>();
    for (String id : tree.subtree(o.id())) {
      assessed += membersByOrg.getOrDefault(id, 0L);
      Failures f = failuresByOrg.get(id);
      if (f != null) {
        errors += f.errors;
        warnings += f.warnings;
        members.addAll(f.members);
        orgs.addAll(f.orgs);
        rules.addAll(f.rules);
      }
    }
    return new OrgVerdict(o.id(), o.name(), o.kind().code(), o.parent(), o.kind().temporary(),
        errors == 0, assessed, errors, warnings, members.size(), orgs.size(), List.copyOf(rules));
  }

  /** FNV-1a over the id's characters, then mixed (MurmurHash3's finaliser) to spread the bits. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
