package org.branchcheck.engine;

import dev.cel.runtime.CelEvaluationException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Member;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;
import org.branchcheck.rules.Rule;

/** Judges one subject by one rule: does not apply, passes, fails (with the message), or exempt. */
final class RuleJudge {
  private final Dataset data;

  RuleJudge(Dataset data) {
    this.data = data;
  }

  Finding exempt(Rule rule, Member m) {
    return finding(rule, m.id(), m.name(), m.org(), m.at(), Outcome.EXEMPT,
        m.name() + " 免除：" + m.exemptReason());
  }

  Finding judge(Rule rule, Map<String, Object> vars, String subject, String name, String org,
      SourceLocation at) {
    try {
      Set<Table> missing = EnumSet.noneOf(Table.class);
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
