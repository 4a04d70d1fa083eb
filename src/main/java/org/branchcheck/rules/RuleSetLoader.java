package org.branchcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchcheck.io.LocatedYaml;
import org.branchcheck.io.LocatedYaml.ListNode;
import org.branchcheck.io.LocatedYaml.MapNode;
import org.branchcheck.io.LocatedYaml.Node;
import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.model.Problem;

/**
 * Reads a rule-set file into a {@link RuleSetSpec}, checking its shape: known keys only, required
 * keys present, scalars where scalars belong. Meaning (expressions, types) is the compiler's job.
 */
public final class RuleSetLoader {
  private static final Set<String> TOP_KEYS = Set.of("id", "extends", "title", "version",
      "description", "effective", "params", "rules", "overrides");
  private static final Set<String> PARAM_KEYS = Set.of("type", "default", "description", "source");
  private static final Set<String> RULE_KEYS = Set.of("id", "title", "scope", "stage", "severity",
      "requires", "when", "check", "message", "pass_message", "source", "effective");
  private static final Set<String> OVERRIDE_KEYS =
      Set.of("severity", "off", "effective", "reason");
  private static final Set<String> WINDOW_KEYS = Set.of("from", "to");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private RuleSetLoader(String file) {
    this.file = file;
  }

  /** Parses and shape-checks one rule-set text; {@code file} names it in every problem. */
  public static RuleSetSpec load(String file, String text) throws RuleSetException {
    return new RuleSetLoader(file).load(text);
  }

  private RuleSetSpec load(String text) throws RuleSetException {
    Node root;
    try {
      root = LocatedYaml.parse(file, text);
    } catch (LocatedYaml.YamlException e) {
      throw new RuleSetException(List.of(new Problem(e.at(), e.getMessage())));
    }
    if (!(root instanceof MapNode top)) {
      throw new RuleSetException(List.of(new Problem(root.at(), "a rule set must be a mapping")));
    }
    knownKeys(top, TOP_KEYS, "rule set");
    Scalar base = optional(top, "extends");
    boolean extending = base != null;
    RuleSetSpec spec = new RuleSetSpec(file, required(top, "id"), base,
        extending ? optional(top, "title") : required(top, "title"),
        extending ? optional(top, "version") : required(top, "version"),
        optional(top, "description"), window(top.entries().get("effective")),
        params(top.entries().get("params"), extending), rules(top, extending),
        overrides(top.entries().get("overrides"), extending), top.at());
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new RuleSetException(problems);
    }
    return spec;
  }

  private List<RuleSetSpec.ParamSpec> params(Node node, boolean extending) {
    List<RuleSetSpec.ParamSpec> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof MapNode map)) {
      problems.add(new Problem(node.at(), "params must be a mapping of name to {type, default}"));
      return out;
    }
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      if (extending && e.getValue() instanceof Scalar value) {
        // "min_hours: 45" in an extending rule set: a new default for an inherited parameter.
        out.add(new RuleSetSpec.ParamSpec(e.getKey(), null, value, null, null,
            map.keys().get(e.getKey())));
        continue;
      }
      if (!(e.getValue() instanceof MapNode p)) {
        problems.add(new Problem(e.getValue().at(), "param '" + e.getKey()
            + "' must be a mapping with type and default"));
        continue;
      }
      knownKeys(p, PARAM_KEYS, "param");
      Node def = p.entries().get("default");
      if (def == null) {
        problems.add(new Problem(p.at(), "param '" + e.getKey() + "' has no default"));
      }
      out.add(new RuleSetSpec.ParamSpec(e.getKey(),
          extending ? optional(p, "type") : required(p, "type"), def,
          optional(p, "description"), optional(p, "source"), map.keys().get(e.getKey())));
    }
    return out;
  }

  private List<RuleSetSpec.RuleSpec> rules(MapNode top, boolean extending) {
    List<RuleSetSpec.RuleSpec> out = new ArrayList<>();
    Node node = top.entries().get("rules");
    if (node == null && extending) {
      return out;
    }
    if (!(node instanceof ListNode list)) {
      problems.add(new Problem(node == null ? top.at() : node.at(), "rules must be a list"));
      return out;
    }
    for (Node item : list.items()) {
      if (!(item instanceof MapNode r)) {
        problems.add(new Problem(item.at(), "a rule must be a mapping"));
        continue;
      }
      knownKeys(r, RULE_KEYS, "rule");
      out.add(new RuleSetSpec.RuleSpec(required(r, "id"), required(r, "title"),
          required(r, "scope"), optional(r, "stage"), optional(r, "severity"), requires(r),
          optional(r, "when"), required(r, "check"), required(r, "message"),
          optional(r, "pass_message"), required(r, "source"), window(r.entries().get("effective")),
          r.at()));
    }
    return out;
  }

  private List<RuleSetSpec.OverrideSpec> overrides(Node node, boolean extending) {
    List<RuleSetSpec.OverrideSpec> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!extending) {
      problems.add(new Problem(node.at(), "overrides change inherited rules; this rule set has no"
          + " 'extends'"));
      return out;
    }
    if (!(node instanceof MapNode map)) {
      problems.add(new Problem(node.at(), "overrides must be a mapping of rule id to changes"));
      return out;
    }
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      if (!(e.getValue() instanceof MapNode o)) {
        problems.add(new Problem(e.getValue().at(), "override of '" + e.getKey()
            + "' must be a mapping with reason and severity, off or effective"));
        continue;
      }
      knownKeys(o, OVERRIDE_KEYS, "override");
      Scalar reason = required(o, "reason");
      Scalar severity = optional(o, "severity");
      Scalar off = optional(o, "off");
      RuleSetSpec.Window effective = window(o.entries().get("effective"));
      if (severity == null && off == null && effective == null) {
        problems.add(new Problem(o.at(), "override of '" + e.getKey()
            + "' changes nothing; give severity, off or effective"));
      }
      out.add(new RuleSetSpec.OverrideSpec(e.getKey(), severity, off, effective, reason,
          map.keys().get(e.getKey())));
    }
    return out;
  }

  private RuleSetSpec.Window window(Node node) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof MapNode map)) {
      problems.add(new Problem(node.at(), "effective must be a mapping with from and/or to"));
      return null;
    }
    knownKeys(map, WINDOW_KEYS, "effective");
    return new RuleSetSpec.Window(optional(map, "from"), optional(map, "to"), map.at());
  }

  private List<Scalar> requires(MapNode rule) {
    Node node = rule.entries().get("requires");
    List<Scalar> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node instanceof ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof Scalar s && s.text() != null) {
          out.add(s);
        } else {
          problems.add(new Problem(item.at(), "requires lists table names"));
        }
      }
    } else {
      problems.add(new Problem(node.at(), "requires must be a list of table names"));
    }
    return out;
  }

  private void knownKeys(MapNode map, Set<String> allowed, String what) {
    for (Map.Entry<String, org.branchcheck.model.SourceLocation> key : map.keys().entrySet()) {
      if (!allowed.contains(key.getKey())) {
        problems.add(new Problem(key.getValue(), DidYouMean.unknownKey(key.getKey(), allowed,
            what)));
      }
    }
  }

  private Scalar required(MapNode map, String key) {
    Scalar s = optional(map, key);
    if (s == null && !map.entries().containsKey(key)) {
      problems.add(new Problem(map.at(), "missing '" + key + "'"));
    }
    return s;
  }

  private Scalar optional(MapNode map, String key) {
    Node node = map.entries().get(key);
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.text() != null) {
      return s;
    }
    problems.add(new Problem(node.at(), "'" + key + "' must be a single value"));
    return null;
  }
}
