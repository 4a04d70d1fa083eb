package org.branchcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Hours;
import org.branchcheck.model.Member;
import org.branchcheck.model.Org;
import org.branchcheck.rules.Rule;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Stage;

/**
 * Applies a rule set to a dataset: a pure function of the records, the parameters in force and the
 * as-of date. Check rules run first for every member and organisation; waivers are applied; then
 * verdict rules run over the rolled-up failures. Findings come in rule order, then subject id.
 */
public final class Evaluator {
  private Evaluator() {}

  /** One dataset on its own: its essays are compared with each other only. */
  public static CheckResult evaluate(
      RuleSet rules, Dataset data, Map<String, Object> params, LocalDate asOf) {
    return evaluate(rules, data, params, asOf,
        CopyFinder.within(data.name(), data, params, false));
  }

  /** One dataset of a run whose essays were compared across the whole run ({@code matches}). */
  public static CheckResult evaluate(RuleSet rules, Dataset data, Map<String, Object> params,
      LocalDate asOf, EssayMatches matches) {
    return evaluate(rules, data, params, asOf, matches, StudyTally.of(data), true);
  }

  /**
   * The whole evaluation. Members are judged one at a time, each by every member rule, so that no
   * member's facts outlive their turn; {@code keepPasses} false leaves check-stage passes and
   * not-applicable findings out of the result, counting them ({@code --failures-only}).
   */
  static CheckResult evaluate(RuleSet rules, Dataset data, Map<String, Object> params,
      LocalDate asOf, EssayMatches matches, StudyTally study, boolean keepPasses) {
    OrgTree tree = new OrgTree(data);
    Object since = params.get("new_member_since");
    EssayFacts essayFacts = new EssayFacts(EssaySettings.of(params), matches);
    MemberFactBuilder memberBuilder = new MemberFactBuilder(data, tree,
        since instanceof String s && !s.isEmpty() ? LocalDate.parse(s) : null, essayFacts, study);
    MemberIndex index = study.members();
    List<Member> records = data.members();
    OrgMembers orgMembers = new OrgMembers();
    Map<String, Long> assessed = new HashMap<>();
    for (int m = 0; m < index.size(); m++) {
      Member r = records.get(index.row(m));
      orgMembers.add(r, memberBuilder.isNew(r), study.totalCenti(m), study.sessionsAttended(m));
    }
    OrgFactCache orgFacts =
        new OrgFactCache(tree, new OrgFactBuilder(data, tree, orgMembers));

    Map<String, Object> base = Map.of("params", params, "as_of", asOf.toString());
    RuleJudge judge = new RuleJudge(data);
    WaiverMatcher waivers = new WaiverMatcher(data.waivers(), asOf);
    PrunedCounts.Builder pruned = new PrunedCounts.Builder();
    List<Rule> checks = rules.rules().stream().filter(r -> r.stage() == Stage.CHECK).toList();
    // One builder per check rule keeps the order "rule, then subject" while members are judged
    // one at a time by every rule; the siblings share one table, so they join without decoding.
    FindingListBuilder root = FindingList.builder();
    List<FindingListBuilder> byRule = new ArrayList<>();
    checks.forEach(r -> byRule.add(root.sibling()));
    Rollup rollup = new Rollup(tree, assessed);
    java.util.function.BiConsumer<Integer, Finding> keep = (i, f) -> {
      Finding w = waivers.apply(f);
      rollup.add(w);
      if (keepPasses || (w.outcome() != Outcome.PASS && w.outcome() != Outcome.NOT_APPLICABLE)) {
        byRule.get(i).add(w);
      } else {
        pruned.add(w);
      }
    };
    Object minHours = params.get("min_hours");
    HoursHistogram.Counter totals =
        new HoursHistogram.Counter(minHours instanceof Number n ? n.doubleValue() : 0);
    for (int m : index.byId()) {
      Member r = records.get(index.row(m));
      Map<String, Object> vars = null;
      if (!r.exempt()) {
        totals.add(Hours.toDouble(study.totalCenti(m)));
        assessed.merge(r.org(), 1L, Long::sum);
        vars = vars(base, orgFacts.get(r.org()));
        vars.put("member", memberBuilder.facts(r));
      }
      for (int i = 0; i < checks.size(); i++) {
        if (checks.get(i).scope() == Scope.MEMBER) {
          keep.accept(i, r.exempt() ? judge.exempt(checks.get(i), r)
              : judge.judge(checks.get(i), vars, r.id(), r.name(), r.org(), r.at()));
        }
      }
    }
    // Organisation by organisation, each judged by every rule, so that one organisation's facts
    // are built once per stage and not kept; the builders keep the order "rule, then subject".
    for (Org o : tree.all()) {
      Map<String, Object> vars = vars(base, orgFacts.get(o.id()));
      for (int i = 0; i < checks.size(); i++) {
        if (checks.get(i).scope() != Scope.MEMBER) {
          keep.accept(i, judge.judge(checks.get(i), vars, o.id(), o.name(), o.id(), o.at()));
        }
      }
    }

    // A verdict rule that fails (org.transition, or a district's own) also holds the org back.
    List<Rule> verdictRules =
        rules.rules().stream().filter(r -> r.stage() == Stage.VERDICT).toList();
    List<FindingListBuilder> byVerdict = new ArrayList<>();
    verdictRules.forEach(r -> byVerdict.add(root.sibling()));
    java.util.Set<String> heldBack = new java.util.HashSet<>();
    for (Org o : tree.all()) {
      Map<String, Object> vars = vars(base, orgFacts.get(o.id()));
      vars.put("rollup", rollup.facts(o.id()));
      for (int i = 0; i < verdictRules.size(); i++) {
        Finding f = judge.judge(verdictRules.get(i), vars, o.id(), o.name(), o.id(), o.at());
        byVerdict.get(i).add(f);
        if (f.blocking()) {
          heldBack.add(f.subject());
        }
      }
    }
    List<FindingList> parts = new ArrayList<>();
    byRule.forEach(b -> parts.add(b.build()));
    byVerdict.forEach(b -> parts.add(b.build()));
    FindingList findings = FindingList.concat(parts);
    List<OrgVerdict> verdicts = tree.treeOrder().stream()
        .map(id -> rollup.verdict(tree.get(id).orElseThrow()))
        .map(v -> heldBack.contains(v.id()) ? v.heldBack() : v).toList();
    return new CheckResult(new DatasetSource(data.name(), "", data.name(), List.of()), params,
        findings, verdicts, List.of(), waivers.unused(),
        totals.histogram(),
        data.essays().stream().filter(e -> e.content() != null)
            .map(e -> essayFacts.report(e, member(records, index, e.member()))).toList(),
        pruned.build());
  }

  private static Member member(List<Member> records, MemberIndex index, String id) {
    int m = index.indexOf(id);
    return m < 0 ? null : records.get(index.row(m));
  }

  /** The variables every rule sees (params, as_of) plus the organisation's facts. */
  private static Map<String, Object> vars(Map<String, Object> base, Map<String, Object> org) {
    Map<String, Object> vars = new HashMap<>(base);
    vars.put("org", org);
    return vars;
  }
}
