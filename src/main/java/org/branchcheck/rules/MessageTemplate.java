package org.branchcheck.rules;

import dev.cel.runtime.CelEvaluationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A message with {@code ${expression}} placeholders, each a type-checked CEL expression over the
 * same facts as the rule. Values are written for people: numbers with at most two decimals and no
 * trailing zeros (32.5, 40), booleans as 是/否, lists joined with 、, fractions as 2/3.
 */
public final class MessageTemplate {

  /** A piece of template text: literal text, or an expression with its offset in the template. */
  public record Segment(String text, boolean expression, int offset) {}

  private final List<Object> parts;

  MessageTemplate(List<Object> parts) {
    this.parts = List.copyOf(parts);
  }

  /** The placeholders' programs, in order. */
  List<RuleProgram> programs() {
    return parts.stream().filter(RuleProgram.class::isInstance).map(RuleProgram.class::cast)
        .toList();
  }

  /** Splits {@code text} at {@code ${...}}; braces and quotes inside an expression are respected. */
  public static List<Segment> split(String text) throws IllegalArgumentException {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        out.add(new Segment(text.substring(i), false, i));
        break;
      }
      if (start > i) {
        out.add(new Segment(text.substring(i, start), false, i));
      }
      int end = closingBrace(text, start + 2);
      if (end < 0) {
        throw new IllegalArgumentException(String.valueOf(start));
      }
      out.add(new Segment(text.substring(start + 2, end), true, start + 2));
      i = end + 1;
    }
    return out;
  }

  private static int closingBrace(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** The message for one subject; an expression that fails to evaluate shows as ‹?›. */
  public String render(Map<String, ?> vars) {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof RuleProgram program) {
        try {
          out.append(format(program.eval(vars)));
        } catch (CelEvaluationException e) {
          out.append("‹?›");
        }
      } else {
        out.append(part);
      }
    }
    return out.toString();
  }

  /** How a CEL value is written in a message. */
  public static String format(Object value) {
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return String.valueOf(d);
      }
      return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString();
    }
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder();
      for (Object item : list) {
        out.append(out.length() == 0 ? "" : "、").append(format(item));
      }
      return out.toString();
    }
    if (value instanceof Map<?, ?> map && map.containsKey("num") && map.containsKey("den")) {
      return map.get("num") + "/" + map.get("den");
    }
    return String.valueOf(value);
  }
}
