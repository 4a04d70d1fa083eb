package org.branchcheck.rules;

import java.util.List;

/**
 * Closures for CEL's non-strict operators: {@code ?:} evaluates only the branch taken;
 * {@code &&} and {@code ||} let a deciding side absorb an error on the other
 * ({@code false && error} is false, {@code error || true} is true) and otherwise raise the left
 * error first; the macros' {@code @not_strictly_false} treats an error as true.
 */
final class Logic {
  private Logic() {}

  static Closure of(String overload, List<Closure> args) {
    Closure x = args.get(0);
    Closure y = args.size() > 1 ? args.get(1) : null;
    return switch (overload) {
      case "conditional" -> {
        Closure z = args.get(2);
        yield f -> bool(x.eval(f)) ? y.eval(f) : z.eval(f);
      }
      case "logical_and" -> f -> decide(x, y, f, false);
      case "logical_or" -> f -> decide(x, y, f, true);
      case "not_strictly_false" -> f -> {
        try {
          return !Boolean.FALSE.equals(x.eval(f));
        } catch (EvalError e) {
          return true;
        }
      };
      default -> null;
    };
  }

  /** {@code &&} (decisive value false) or {@code ||} (decisive value true). */
  private static Boolean decide(Closure x, Closure y, Frame f, boolean decisive) {
    EvalError left = null;
    try {
      if (bool(x.eval(f)) == decisive) {
        return decisive;
      }
    } catch (EvalError e) {
      left = e;
    }
    EvalError right = null;
    try {
      if (bool(y.eval(f)) == decisive) {
        return decisive;
      }
    } catch (EvalError e) {
      right = e;
    }
    if (left != null) {
      throw left;
    }
    if (right != null) {
      throw right;
    }
    return !decisive;
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new UnexpectedValue("expected a bool, found " + value);
  }
}
