package org.branchcheck.rules;

import dev.cel.common.types.CelType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every expression of every rule set the project ships or shows (the shipped sets, the district
 * overlay example, the report tests' sets): each {@code when}, {@code check} and message
 * placeholder with its text, its compiled program and its rule set's parameter types.
 */
final class ShippedExpressions {
  static final List<String> RULE_SETS = rules();

  /** One compiled expression; {@code label} says where it is written. */
  record Expression(String label, String text, RuleProgram program) {}

  /** A rule set's parameters, their types and its expressions. */
  record Set(RuleSet rules, Map<String, CelType> params, List<Expression> expressions) {}

  private static final Pattern QUOTED = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");

  private ShippedExpressions() {}

  private static List<String> rules() {
    List<String> out = new ArrayList<>(ShippedRuleSets.ids());
    out.add("examples/district-overlay/rules.yaml");
    out.add("src/test/resources/formats/rules.yaml");
    out.add("src/test/resources/formats/essay-rules.yaml");
    return out;
  }

  private static List<Set> loaded;

  /** The rule sets, loaded once for all the tests that use them. */
  static synchronized List<Set> load() throws RuleSetException {
    if (loaded == null) {
      loaded = List.copyOf(compile());
    }
    return loaded;
  }

  private static List<Set> compile() throws RuleSetException {
    List<Set> out = new ArrayList<>();
    for (String reference : RULE_SETS) {
      RuleSet rules = RuleSetCatalog.load(reference);
      Map<String, CelType> params = new LinkedHashMap<>();
      rules.params().forEach((name, p) -> params.put(name, p.type().celType()));
      List<Expression> expressions = new ArrayList<>();
      for (Rule r : rules.rules()) {
        String at = rules.id() + " " + r.id() + " ";
        r.when().ifPresent(w -> expressions.add(new Expression(at + "when", r.text().when(), w)));
        expressions.add(new Expression(at + "check", r.text().check(), r.check()));
        placeholders(at + "message", r.text().message(), r.message(), expressions);
        r.passMessage().ifPresent(m ->
            placeholders(at + "pass_message", r.text().passMessage(), m, expressions));
      }
      out.add(new Set(rules, params, expressions));
    }
    return out;
  }

  private static void placeholders(String at, String template, MessageTemplate compiled,
      List<Expression> out) {
    List<String> texts = MessageTemplate.split(template).stream()
        .filter(MessageTemplate.Segment::expression).map(MessageTemplate.Segment::text).toList();
    List<RuleProgram> programs = compiled.programs();
    for (int i = 0; i < programs.size(); i++) {
      out.add(new Expression(at + " placeholder " + (i + 1), texts.get(i), programs.get(i)));
    }
  }

  /**
   * Words for random texts: the quoted constants conditions compare with (kinds, roles, dates;
   * from messages only the code-like ones such as 'leave'), the text parameters' defaults, and a
   * few of our own: dates, Chinese, a character beyond the BMP.
   */
  static List<String> vocabulary(List<Set> sets) {
    java.util.Set<String> words = new TreeSet<>(List.of("", "a", "张三", "李四", "党章",
        "2005-07-25", "2005-08-31", "2005-01-01", "2004-12-31", "2006-03-15", "2005-13-40",
        "quarter", "half_year", "year", "𠀀字", "Ab c", "42", "-7", "3.5"));
    for (Set s : sets) {
      for (Expression e : s.expressions()) {
        boolean condition = e.label().endsWith("when") || e.label().endsWith("check");
        Matcher m = QUOTED.matcher(e.text());
        while (m.find()) {
          String word = m.group(1) != null ? m.group(1) : m.group(2);
          if (condition || word.matches("[a-z_0-9-]+")) {
            words.add(word);
          }
        }
      }
    }
    for (Set s : sets) {
      for (Param p : s.rules().params().values()) {
        if (p.defaultValue() instanceof String text) {
          words.add(text);
        } else if (p.defaultValue() instanceof List<?> list) {
          list.forEach(x -> words.add(String.valueOf(x)));
        }
      }
    }
    return List.copyOf(words);
  }
}
