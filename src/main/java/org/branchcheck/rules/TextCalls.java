package org.branchcheck.rules;

import com.google.common.base.Ascii;
import com.google.common.base.Joiner;
import java.util.List;

/**
 * Closures for CEL's string functions and conversions, and the few functions of CEL's strings
 * extension that rule sets use ({@code join}, {@code lowerAscii}, {@code upperAscii},
 * {@code substring}). Indexes and sizes count Unicode code points, as CEL does.
 */
final class TextCalls {
  private TextCalls() {}

  /** The closure for {@code overload}, or null when it is not one of these. */
  static Closure of(String overload, List<Closure> args, String where) {
    Closure x = args.get(0);
    Closure y = args.size() > 1 ? args.get(1) : null;
    Closure z = args.size() > 2 ? args.get(2) : null;
    return switch (overload) {
      case "contains_string" -> f -> ((String) x.eval(f)).contains((String) y.eval(f));
      case "starts_with_string" -> f -> ((String) x.eval(f)).startsWith((String) y.eval(f));
      case "ends_with_string" -> f -> ((String) x.eval(f)).endsWith((String) y.eval(f));
      case "string_to_string", "int64_to_int64", "double_to_double" -> x;
      case "int64_to_string" -> f -> ((Long) x.eval(f)).toString();
      case "double_to_string" -> f -> ((Double) x.eval(f)).toString();
      case "bool_to_string" -> f -> ((Boolean) x.eval(f)).toString();
      case "int64_to_double" -> f -> ((Long) x.eval(f)).doubleValue();
      case "double_to_int64" -> f -> toInt((Double) x.eval(f), where);
      case "string_to_int64" -> f -> {
        String s = (String) x.eval(f);
        try {
          return Long.parseLong(s);
        } catch (NumberFormatException e) {
          throw new EvalError(where + e.getMessage());
        }
      };
      case "string_to_double" -> f -> {
        String s = (String) x.eval(f);
        try {
          return Double.parseDouble(s);
        } catch (NumberFormatException e) {
          throw new EvalError(where + e.getMessage());
        }
      };
      // A null element fails in Joiner: that is no fact value, so the interpreter decides.
      case "list_join" -> f -> Joiner.on("").join((List<?>) x.eval(f));
      case "list_join_string" -> f -> {
        List<?> list = (List<?>) x.eval(f);
        return Joiner.on((String) y.eval(f)).join(list);
      };
      case "string_lower_ascii" -> f -> Ascii.toLowerCase((String) x.eval(f));
      case "string_upper_ascii" -> f -> Ascii.toUpperCase((String) x.eval(f));
      case "string_substring_int" -> f -> {
        String s = (String) x.eval(f);
        return substring(s, (Long) y.eval(f));
      };
      case "string_substring_int_int" -> f -> {
        String s = (String) x.eval(f);
        long begin = (Long) y.eval(f);
        return substring(s, begin, (Long) z.eval(f));
      };
      default -> null;
    };
  }

  /** A double's whole part; NaN, infinities and doubles beyond the int range are errors. */
  private static long toInt(double d, String where) {
    if (Math.getExponent(d) >= 63 && d != -0x1p63) {
      throw new EvalError(where + "double is out of range for int");
    }
    return (long) d;
  }

  // The strings extension reports substring failures without a position.
  private static String substring(String s, long begin) {
    if (begin != (int) begin) {
      throw new EvalError("evaluation error: substring failure: Index must not exceed the int32"
          + " range: " + begin);
    }
    int length = s.codePointCount(0, s.length());
    if (begin < 0 || begin > length) {
      throw new EvalError("evaluation error: substring failure: Range [" + begin + ", " + length
          + ") out of bounds");
    }
    return s.substring(s.offsetByCodePoints(0, (int) begin));
  }

  private static String substring(String s, long begin, long end) {
    if (begin != (int) begin || end != (int) end) {
      throw new EvalError("evaluation error: substring failure: Indices must not exceed the"
          + " int32 range: [" + begin + ", " + end + ")");
    }
    int length = s.codePointCount(0, s.length());
    if (begin > end || begin < 0 || begin > length || end > length) {
      throw new EvalError("evaluation error: substring failure: Range [" + begin + ", " + end
          + ") out of bounds");
    }
    int from = s.offsetByCodePoints(0, (int) begin);
    return s.substring(from, s.offsetByCodePoints(from, (int) (end - begin)));
  }
}
