package org.branchcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Closures for CEL's arithmetic and ordering overloads: int arithmetic fails on overflow and on
 * division or modulo by zero with the runtime's own words ("long overflow", "/ by zero"); double
 * arithmetic follows IEEE; an int compared with a double is ordered as the runtime orders it.
 */
final class ArithmeticCalls {
  private ArithmeticCalls() {}

  /** The closure for {@code overload}, or null when it is not one of these. */
  static Closure of(String overload, List<Closure> args, String where) {
    Closure x = args.get(0);
    if (args.size() == 1) {
      return switch (overload) {
        case "negate_int64" -> f -> {
          long a = (Long) x.eval(f);
          try {
            return Math.negateExact(a);
          } catch (ArithmeticException e) {
            throw new EvalError(where + e.getMessage());
          }
        };
        case "negate_double" -> f -> -(Double) x.eval(f);
        default -> null;
      };
    }
    Closure y = args.get(1);
    return switch (overload) {
      case "add_int64" -> ints(x, y, where, Math::addExact);
      case "subtract_int64" -> ints(x, y, where, Math::subtractExact);
      case "multiply_int64" -> ints(x, y, where, Math::multiplyExact);
      case "divide_int64" -> ints(x, y, where, ArithmeticCalls::divide);
      case "modulo_int64" -> ints(x, y, where, (a, b) -> a % b);
      case "add_double" -> doubles(x, y, Double::sum);
      case "subtract_double" -> doubles(x, y, (a, b) -> a - b);
      case "multiply_double" -> doubles(x, y, (a, b) -> a * b);
      case "divide_double" -> doubles(x, y, (a, b) -> a / b);
      case "add_string" -> f -> (String) x.eval(f) + (String) y.eval(f);
      case "add_list" -> f -> concat((List<?>) x.eval(f), (List<?>) y.eval(f));
      default -> order(overload, x, y);
    };
  }

  /** less_int64, greater_equals_double_int64, …: the operator, then the operand types. */
  private static Closure order(String overload, Closure x, Closure y) {
    for (String operator : List.of("less_equals", "greater_equals", "less", "greater")) {
      if (overload.startsWith(operator + "_")) {
        return order(operator, overload.substring(operator.length() + 1), x, y);
      }
    }
    return null;
  }

  private static Closure order(String operator, String types, Closure x, Closure y) {
    Comparison c = switch (operator) {
      case "less" -> n -> n < 0;
      case "less_equals" -> n -> n <= 0;
      case "greater" -> n -> n > 0;
      default -> n -> n >= 0;
    };
    return switch (types) {
      case "int64" -> test(x, y, (a, b) -> c.holds(Long.compare((Long) a, (Long) b)));
      case "string" -> test(x, y, (a, b) -> c.holds(((String) a).compareTo((String) b)));
      case "bool" -> test(x, y, (a, b) -> c.holds(Boolean.compare((Boolean) a, (Boolean) b)));
      case "double" -> test(x, y, doubles(operator));
      // CEL orders a double against an int by Double.compare (NaN above everything).
      case "double_int64" -> test(x, y, (a, b) ->
          c.holds(CelEquality.compareDoubleInt((Double) a, (Long) b)));
      case "int64_double" -> test(x, y, (a, b) ->
          c.holds(-CelEquality.compareDoubleInt((Double) b, (Long) a)));
      default -> null;
    };
  }

  /** Doubles compare with Java's operators, so that NaN is neither less nor greater. */
  private static BiPredicate<Object, Object> doubles(String operator) {
    return switch (operator) {
      case "less" -> (a, b) -> (Double) a < (Double) b;
      case "less_equals" -> (a, b) -> (Double) a <= (Double) b;
      case "greater" -> (a, b) -> (Double) a > (Double) b;
      default -> (a, b) -> (Double) a >= (Double) b;
    };
  }

  @FunctionalInterface
  private interface Comparison {
    boolean holds(int order);
  }

  private static Closure test(Closure x, Closure y, BiPredicate<Object, Object> p) {
    return f -> {
      Object a = x.eval(f);
      return p.test(a, y.eval(f));
    };
  }

  private static Closure ints(Closure x, Closure y, String where, LongBinaryOperator op) {
    return f -> {
      long a = (Long) x.eval(f);
      return exact(where, a, (Long) y.eval(f), op);
    };
  }

  private static Closure doubles(Closure x, Closure y, DoubleBinaryOperator op) {
    return f -> {
      double a = (Double) x.eval(f);
      return op.applyAsDouble(a, (Double) y.eval(f));
    };
  }

  private static Object exact(String where, long a, long b, LongBinaryOperator op) {
    try {
      return op.applyAsLong(a, b);
    } catch (ArithmeticException e) {
      throw new EvalError(where + e.getMessage());
    }
  }

  private static long divide(long a, long b) {
    if (a == Long.MIN_VALUE && b == -1) {
      throw new ArithmeticException("most negative number wraps");
    }
    return a / b;
  }

  /**
   * List {@code +}. Inside a comprehension the accumulator grows in place, as the runtime's own
   * list view does, so that filter and map stay linear.
   */
  static List<Object> concat(List<?> first, List<?> second) {
    if (first instanceof Comprehension.Accumulator accumulator) {
      accumulator.addAll(second);
      return accumulator;
    }
    List<Object> out = new ArrayList<>(first.size() + second.size());
    out.addAll(first);
    out.addAll(second);
    return out;
  }
}
