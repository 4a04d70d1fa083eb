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
  private static final Set<String> TOP_KEYS =
      Set.of("id", "title", "version", "description", "params", "rules");
  private static final Set<String> PARAM_KEYS = Set.of("type", "default", "description", "source");
  private static final Set<String> RULE_KEYS = Set.of("id", "title", "scope", "stage", "severity",
      "requires", "when", "check", "message", "pass_message", "source");

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
    RuleSetSpec spec = new RuleSetSpec(file, required(top, "id"), required(top, "title"),
        required(top, "version"), optional(top, "description"), params(top.entries().get("params")),
        rules(top), top.at());
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new RuleSetException(problems);
    }
    return spec;
  }

  private List<RuleSetSpec.ParamSpec> params(Node node) {
    List<RuleSetSpec.ParamSpec> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof MapNode map)) {
      problems.add(new Problem(node.at(), "params must be a mapping of name to {type, default}"));
      return out;
    }
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
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
      out.add(new RuleSetSpec.ParamSpec(e.getKey(), required(p, "type"), def,
          optional(p, "description"), optional(p, "source"), map.keys().get(e.getKey())));
    }
    return out;
  }

  private List<RuleSetSpec.RuleSpec> rules(MapNode top) {
    List<RuleSetSpec.RuleSpec> out = new ArrayList<>();
    Node node = top.entries().get("rules");
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
          optional(r, "pass_message"), required(r, "source"), r.at()));
    }
    return out;
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
        problems.add(new Problem(key.getValue(), "unknown key '" + key.getKey() + "' in " + what
            + "; expected one of " + allowed.stream().sorted().toList()));
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
