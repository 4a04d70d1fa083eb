package org.branchcheck.rules;

import java.util.List;

/**
 * The closure for one call, by the overload the checker resolved it to: CEL's non-strict
 * operators, its standard functions, the strings extension's and the project's own. Null for any
 * other overload, which leaves the expression with the interpreter.
 */
final class Calls {
  private Calls() {}

  /**
   * @param where the runtime's prefix for errors raised by this call
   * @param result the guard for the call's declared result type (what indexing reads), or null
   */
  static Closure of(String overload, List<Closure> args, String where, ValueGuard result) {
    return switch (overload) {
      case "conditional", "logical_and", "logical_or", "not_strictly_false" ->
          Logic.of(overload, args);
      default -> first(
          ArithmeticCalls.of(overload, args, where),
          CollectionCalls.of(overload, args, where, result),
          TextCalls.of(overload, args, where),
          FunctionCalls.of(overload, args, where));
    };
  }

  private static Closure first(Closure... candidates) {
    for (Closure c : candidates) {
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
