package org.branchcheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Closures for CEL's collection and equality overloads: {@code size}, {@code []}, {@code in},
 * {@code ==}, {@code !=} and {@code !}. A missing map key or a list index out of range is an
 * error worded as the runtime words it.
 */
final class CollectionCalls {
  private CollectionCalls() {}

  /**
   * The closure for {@code overload}, or null when it is not one of these. {@code element}
   * guards what indexing yields.
   */
  static Closure of(String overload, List<Closure> args, String where, ValueGuard element) {
    Closure x = args.get(0);
    Closure y = args.size() > 1 ? args.get(1) : null;
    return switch (overload) {
      case "size_list", "list_size" -> f -> (long) ((List<?>) x.eval(f)).size();
      case "size_map", "map_size" -> f -> (long) ((Map<?, ?>) x.eval(f)).size();
      case "size_string", "string_size" -> f -> {
        String s = (String) x.eval(f);
        return (long) s.codePointCount(0, s.length());
      };
      case "logical_not" -> f -> !(Boolean) x.eval(f);
      case "equals" -> f -> {
        Object a = x.eval(f);
        return CelEquality.equal(a, y.eval(f));
      };
      case "not_equals" -> f -> {
        Object a = x.eval(f);
        return !CelEquality.equal(a, y.eval(f));
      };
      case "in_list" -> f -> {
        Object value = x.eval(f);
        return CelEquality.inList((List<?>) y.eval(f), value);
      };
      case "in_map" -> f -> {
        Object key = x.eval(f);
        return CelEquality.find((Map<?, ?>) y.eval(f), key) != null;
      };
      case "index_list" -> element == null ? null : f -> {
        List<?> list = (List<?>) x.eval(f);
        return element.check(indexList(list, (Long) y.eval(f), where));
      };
      case "index_map" -> element == null ? null : f -> {
        Map<?, ?> map = (Map<?, ?>) x.eval(f);
        Object key = y.eval(f);
        Object value = CelEquality.find(map, key);
        if (value == null) {
          throw new EvalError(where + key);
        }
        return element.check(value);
      };
      default -> null;
    };
  }

  private static Object indexList(List<?> list, long index, String where) {
    if (index != (int) index) {
      throw new EvalError(where + FunctionCalls.failed("index_list", list, index));
    }
    if (index < 0 || index >= list.size()) {
      throw new EvalError(where + "Index out of bounds: " + index);
    }
    return list.get((int) index);
  }
}
