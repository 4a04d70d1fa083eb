package org.branchcheck.ruletest;

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
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.DidYouMean;

/** Reads a rule-set test file into a {@link RuleTestSpec}, collecting every shape problem. */
final class RuleTestLoader {
  static final Set<String> OUTCOMES =
      Set.of("pass", "fail", "waived", "exempt", "not_applicable", "absent");
  private static final Set<String> TOP_KEYS =
      Set.of("rule_set", "as_of", "params", "data", "cases");
  private static final Set<String> CASE_KEYS = Set.of("name", "as_of", "params", "data", "expect");
  private static final Set<String> EXPECT_KEYS = Set.of("rule", "subject", "outcome", "message");

  private final String file;
  private final List<Problem> problems;

  private RuleTestLoader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The spec, or null when the file is not YAML at all; problems are added to {@code out}. */
  static RuleTestSpec load(String file, String text, List<Problem> out) {
    return new RuleTestLoader(file, out).load(text);
  }

  private RuleTestSpec load(String text) {
    Node root;
    try {
      root = LocatedYaml.parse(file, text);
    } catch (LocatedYaml.YamlException e) {
      problems.add(new Problem(e.at(), e.getMessage()));
      return null;
    }
    if (!(root instanceof MapNode top)) {
      problems.add(new Problem(root.at(), "a rule-set test file must be a mapping"));
      return null;
    }
    keys(top, TOP_KEYS, "test file");
    List<RuleTestSpec.Case> cases = new ArrayList<>();
    Node list = top.entries().get("cases");
    if (list instanceof ListNode items) {
      for (Node item : items.items()) {
        testCase(item, cases);
      }
    } else {
      problems.add(new Problem(list == null ? top.at() : list.at(), "cases must be a list"));
    }
    return new RuleTestSpec(file, scalar(top, "rule_set"), scalar(top, "as_of"),
        map(top, "params"), map(top, "data"), cases);
  }

  private void testCase(Node item, List<RuleTestSpec.Case> cases) {
    if (!(item instanceof MapNode c)) {
      problems.add(new Problem(item.at(), "a case must be a mapping with name, data and expect"));
      return;
    }
    keys(c, CASE_KEYS, "case");
    Scalar name = scalar(c, "name");
    if (name == null) {
      problems.add(new Problem(c.at(), "a case needs a name"));
    }
    List<RuleTestSpec.Expect> expects = new ArrayList<>();
    Node e = c.entries().get("expect");
    if (e instanceof ListNode list && !list.items().isEmpty()) {
      list.items().forEach(x -> expect(x, expects));
    } else {
      problems.add(new Problem(e == null ? c.at() : e.at(),
          "expect must be a non-empty list of {rule, subject, outcome}"));
    }
    cases.add(new RuleTestSpec.Case(name == null ? "" : name.text(), scalar(c, "as_of"),
        map(c, "params"), map(c, "data"), expects, c.at()));
  }

  private void expect(Node node, List<RuleTestSpec.Expect> out) {
    if (!(node instanceof MapNode x)) {
      problems.add(new Problem(node.at(), "an expectation must be a mapping {rule, subject,"
          + " outcome}"));
      return;
    }
    keys(x, EXPECT_KEYS, "expectation");
    Scalar rule = scalar(x, "rule");
    Scalar subject = scalar(x, "subject");
    Scalar outcome = scalar(x, "outcome");
    Scalar message = scalar(x, "message");
    if (rule == null || subject == null || outcome == null) {
      problems.add(new Problem(x.at(), "an expectation needs rule, subject and outcome"));
      return;
    }
    if (!OUTCOMES.contains(outcome.text())) {
      problems.add(new Problem(outcome.at(), "outcome: '" + outcome.text() + "' is not one of "
          + OUTCOMES.stream().sorted().toList() + DidYouMean.hint(outcome.text(), OUTCOMES)));
      return;
    }
    out.add(new RuleTestSpec.Expect(rule.text(), subject.text(), outcome.text(),
        message == null ? null : message.text(), x.at()));
  }

  private void keys(MapNode map, Set<String> allowed, String what) {
    for (Map.Entry<String, SourceLocation> key : map.keys().entrySet()) {
      if (!allowed.contains(key.getKey())) {
        problems.add(new Problem(key.getValue(), DidYouMean.unknownKey(key.getKey(), allowed,
            what)));
      }
    }
  }

  private Scalar scalar(MapNode map, String key) {
    Node n = map.entries().get(key);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.text() != null) {
      return s;
    }
    problems.add(new Problem(n.at(), "'" + key + "' must be a single value"));
    return null;
  }

  private MapNode map(MapNode parent, String key) {
    Node n = parent.entries().get(key);
    if (n == null) {
      return null;
    }
    if (n instanceof MapNode m) {
      return m;
    }
    problems.add(new Problem(n.at(), "'" + key + "' must be a mapping"));
    return null;
  }
}
