package org.branchcheck.engine;

import dev.cel.runtime.CelEvaluationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Member;
import org.branchcheck.model.Org;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;
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
    OrgTree tree = new OrgTree(data);
    Object since = params.get("new_member_since");
    EssayFacts essayFacts = new EssayFacts(EssaySettings.of(params), matches);
    MemberFactBuilder memberBuilder = new MemberFactBuilder(data, tree,
        since instanceof String s && !s.isEmpty() ? LocalDate.parse(s) : null, essayFacts,
        StudyTally.of(data));
    Map<String, Member> members = new TreeMap<>();
    data.members().forEach(m -> members.putIfAbsent(m.id(), m));
    Map<String, Map<String, Object>> memberFacts = new LinkedHashMap<>();
    members.values().forEach(m -> memberFacts.put(m.id(), memberBuilder.facts(m)));
    OrgFactBuilder orgBuilder = new OrgFactBuilder(data, tree, memberFacts);
    Map<String, Map<String, Object>> orgFacts = new HashMap<>();
    tree.all().forEach(o -> orgFacts.put(o.id(), orgBuilder.facts(o)));

    Map<String, Object> base = Map.of("params", params, "as_of", asOf.toString());
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (rule.stage() != Stage.CHECK) {
        continue;
      }
      if (rule.scope() == Scope.MEMBER) {
        for (Member m : members.values()) {
          Map<String, Object> vars = vars(base, orgFacts.get(m.org()));
          vars.put("member", memberFacts.get(m.id()));
          findings.add(m.exempt()
              ? exempt(rule, m)
              : judge(rule, data, vars, m.id(), m.name(), m.org(), m.at()));
        }
      } else {
        for (Org o : tree.all()) {
          findings.add(judge(rule, data, vars(base, orgFacts.get(o.id())), o.id(), o.name(),
              o.id(), o.at()));
        }
      }
    }
    WaiverMatcher waivers = new WaiverMatcher(data.waivers(), asOf);
    findings.replaceAll(waivers::apply);

    Map<String, Long> assessed = new HashMap<>();
    members.values().stream().filter(m -> !m.exempt())
        .forEach(m -> assessed.merge(m.org(), 1L, Long::sum));
    Rollup rollup = new Rollup(tree, findings, assessed);
    for (Rule rule : rules.rules()) {
      if (rule.stage() == Stage.VERDICT) {
        for (Org o : tree.all()) {
          Map<String, Object> vars = vars(base, orgFacts.get(o.id()));
          vars.put("rollup", rollup.facts(o.id()));
          findings.add(judge(rule, data, vars, o.id(), o.name(), o.id(), o.at()));
        }
      }
    }
    // A verdict rule that fails (org.transition, or a district's own) also holds the org back.
    java.util.Set<String> heldBack = new java.util.HashSet<>();
    findings.stream().filter(f -> f.stage() == Stage.VERDICT && f.blocking())
        .forEach(f -> heldBack.add(f.subject()));
    List<OrgVerdict> verdicts = tree.treeOrder().stream()
        .map(id -> rollup.verdict(tree.get(id).orElseThrow()))
        .map(v -> heldBack.contains(v.id()) ? v.heldBack() : v).toList();
    return new CheckResult(new DatasetSource(data.name(), "", data.name(), List.of()), params,
        List.copyOf(findings), verdicts, List.of(), waivers.unused(),
        hours(members.values(), memberFacts, params.get("min_hours")),
        data.essays().stream().filter(e -> e.content() != null)
            .map(e -> essayFacts.report(e, members.get(e.member()))).toList());
  }

  /** The assessed members' total hours against the rule set's {@code min_hours}, if it has one. */
  @SuppressWarnings("unchecked")
  private static HoursHistogram hours(java.util.Collection<Member> members,
      Map<String, Map<String, Object>> facts, Object minHours) {
    List<Double> totals = members.stream().filter(m -> !m.exempt())
        .map(m -> (Double) ((Map<String, Object>) facts.get(m.id()).get("hours")).get("total"))
        .toList();
    return HoursHistogram.of(totals, minHours instanceof Number n ? n.doubleValue() : 0);
  }

  /** The variables every rule sees (params, as_of) plus the organisation's facts. */
  private static Map<String, Object> vars(Map<String, Object> base, Map<String, Object> org) {
    Map<String, Object> vars = new HashMap<>(base);
    vars.put("org", org);
    return vars;
  }

  private static Finding exempt(Rule rule, Member m) {
    return finding(rule, m.id(), m.name(), m.org(), m.at(), Outcome.EXEMPT,
        m.name() + " 免除：" + m.exemptReason());
  }

  private static Finding judge(Rule rule, Dataset data, Map<String, Object> vars, String subject,
      String name, String org, SourceLocation at) {
    try {
      java.util.Set<Table> missing = java.util.EnumSet.noneOf(Table.class);
      rule.requires().stream().filter(t -> !data.present().contains(t)).forEach(missing::add);
      // A condition computed from a missing table cannot say "does not apply": that would let
      // missing data pass silently. A condition over other facts still decides.
      boolean conditionKnown = missing.isEmpty()
          || !FactTables.reads(rule.text().when(), missing);
      if (conditionKnown && rule.when().isPresent()
          && !Boolean.TRUE.equals(rule.when().get().eval(vars))) {
        return finding(rule, subject, name, org, at, Outcome.NOT_APPLICABLE, "");
      }
      if (!missing.isEmpty()) {
        return finding(rule, subject, name, org, at, Outcome.FAIL, "缺少数据表 "
            + String.join("、", missing.stream().map(Table::code).toList()) + "，无法检查（"
            + rule.title() + "）");
      }
      if (Boolean.TRUE.equals(rule.check().eval(vars))) {
        String message = rule.passMessage().map(t -> t.render(vars)).orElse("");
        return finding(rule, subject, name, org, at, Outcome.PASS, message);
      }
      return finding(rule, subject, name, org, at, Outcome.FAIL, rule.message().render(vars));
    } catch (CelEvaluationException e) {
      return finding(rule, subject, name, org, at, Outcome.FAIL,
          "规则无法求值：" + e.getMessage());
    }
  }

  private static Finding finding(Rule rule, String subject, String name, String org,
      SourceLocation at, Outcome outcome, String message) {
    return new Finding(rule.id(), rule.title(), rule.scope(), rule.stage(), subject, name, org,
        outcome, rule.severity(), message, at);
  }
}
