package org.branchcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.branchcheck.model.Table;

/**
 * Rule sets and rules as text for people: {@code rules show} prints the loaded result (after
 * {@code extends}), {@code rules explain} one rule with everything a new secretary needs to
 * understand a failure: what it asks, the clause it comes from, the parameters and facts it reads.
 */
public final class RuleSetText {
  private RuleSetText() {}

  /** One line per shipped rule set for {@code rules list}. */
  public static String listLine(RuleSet r) {
    return r.id() + "  " + r.version() + "  " + r.title() + "  (" + r.rules().size() + " rules"
        + (r.lineage().size() > 1 ? ", extends " + r.lineage().get(1).id() : "")
        + (r.periodText().isEmpty() ? "" : ", " + r.periodText()) + ")";
  }

  public static String show(RuleSet r) {
    StringBuilder out = new StringBuilder();
    out.append(r.id()).append(' ').append(r.version()).append("  ").append(r.title()).append('\n');
    if (!r.description().isEmpty()) {
      out.append(r.description().strip()).append('\n');
    }
    for (int i = 0; i < r.lineage().size(); i++) {
      RuleSet.Origin o = r.lineage().get(i);
      out.append(i == 0 ? "file: " : "extends: ").append(o.id()).append(' ').append(o.version())
          .append(" (").append(o.file()).append(", sha256 ").append(o.sha256(), 0,
              Math.min(12, o.sha256().length())).append(")\n");
    }
    if (!r.periodText().isEmpty()) {
      out.append(r.periodText()).append('\n');
    }
    out.append("\nparameters:\n");
    r.params().values().forEach(p -> out.append("  ").append(p.name()).append(" = ")
        .append(ParamText.value(p.defaultValue())).append("  (").append(p.type().code())
        .append(") ").append(p.description()).append('\n'));
    out.append("\nrules:\n");
    for (Rule rule : r.rules()) {
      out.append("  ").append(rule.id()).append("  [").append(rule.scope().code())
          .append(rule.stage() == Stage.VERDICT ? ", verdict" : "").append(", ")
          .append(rule.severity().code()).append("]  ").append(rule.title());
      if (!rule.periodText().isEmpty()) {
        out.append("  (").append(rule.periodText()).append(')');
      }
      out.append('\n');
      rule.notes().forEach(n -> out.append("      changed: ").append(n).append('\n'));
    }
    if (!r.switchedOff().isEmpty()) {
      out.append("\nswitched off:\n");
      r.switchedOff().forEach(o -> out.append("  ").append(o.rule()).append("  ")
          .append(o.title()).append("  (").append(o.by()).append(": ").append(o.reason())
          .append(")\n"));
    }
    return out.toString();
  }

  public static String explain(RuleSet set, Rule rule) {
    StringBuilder out = new StringBuilder();
    out.append(rule.id()).append("  ").append(rule.title()).append('\n');
    out.append("rule set: ").append(set.id()).append(' ').append(set.version())
        .append(", defined at ").append(rule.at().atColumn(0)).append('\n');
    out.append("applies to: ").append(rule.scope() == Scope.MEMBER
        ? "every member (exempt members are listed as exempt, not judged)"
        : "every organisation").append(rule.stage() == Stage.VERDICT
            ? ", after all other rules (a verdict)" : "").append('\n');
    out.append("severity: ").append(rule.severity().code()).append(rule.severity()
        == Severity.ERROR ? " (a failure blocks the transition)" : " (reported, does not block)")
        .append('\n');
    if (!rule.periodText().isEmpty()) {
      out.append(rule.periodText()).append('\n');
    }
    rule.notes().forEach(n -> out.append("changed: ").append(n).append('\n'));
    out.append("source: ").append(rule.source()).append('\n');
    Rule.Expressions x = rule.text();
    if (!x.when().isEmpty()) {
      out.append("\napplies when:\n").append(indent(x.when()));
    }
    out.append("\npasses when:\n").append(indent(x.check()));
    out.append("\nmessage on failure:\n").append(indent(x.message()));
    if (!rule.requires().isEmpty()) {
      out.append("\ntables it needs (missing ones fail the rule, never pass it): ")
          .append(String.join(", ", rule.requires().stream().map(Table::code).toList()))
          .append('\n');
    }
    Set<String> params = new TreeSet<>();
    Set<String> facts = new TreeSet<>();
    FactReferences.in(x.when(), x.check(), x.message())
        .forEach(r -> (r.startsWith("params.") ? params : facts).add(r));
    if (!params.isEmpty()) {
      out.append("\nparameters it reads:\n");
      for (String p : params) {
        Param param = set.params().get(p.substring("params.".length()));
        if (param != null) {
          out.append("  ").append(param.name()).append(" = ")
              .append(ParamText.value(param.defaultValue())).append("  ")
              .append(param.description()).append(param.source().isEmpty() ? ""
                  : "  [" + param.source() + "]").append('\n');
        }
      }
    }
    if (!facts.isEmpty()) {
      out.append("\nfacts it reads:\n");
      facts.forEach(f -> out.append("  ").append(f).append("  ").append(FactDocs.describe(f))
          .append('\n'));
    }
    return out.toString();
  }

  private static String indent(String text) {
    List<String> lines = new ArrayList<>();
    text.strip().lines().forEach(l -> lines.add("  " + l));
    return String.join("\n", lines) + "\n";
  }

  /** A parameter's default as it would be written. */
  static final class ParamText {
    private ParamText() {}

    static String value(Object v) {
      if (v instanceof Map<?, ?> fraction && fraction.containsKey("num")) {
        return fraction.get("num") + "/" + fraction.get("den");
      }
      if (v instanceof List<?> list) {
        return String.join("、", list.stream().map(String::valueOf).toList());
      }
      if (v instanceof Double d && d == Math.rint(d)) {
        return String.valueOf(d.longValue());
      }
      return String.valueOf(v);
    }
  }
}
