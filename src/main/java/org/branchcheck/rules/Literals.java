package org.branchcheck.rules;

import dev.cel.common.ast.CelConstant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closures for constants and for list and map literals. A literal made only of constants is
 * built once, at compile time; a map literal with a key twice is an error, as in the runtime.
 */
final class Literals {
  private Literals() {}

  /** A value known at compile time. */
  record Constant(Object value) implements Closure {
    @Override
    public Object eval(Frame frame) {
      return value;
    }
  }

  /** A constant's value: bool, int, double or string; null for kinds closures leave alone. */
  static Object value(CelConstant c) {
    return switch (c.getKind()) {
      case BOOLEAN_VALUE -> c.booleanValue();
      case INT64_VALUE -> c.int64Value();
      case DOUBLE_VALUE -> c.doubleValue();
      case STRING_VALUE -> c.stringValue();
      default -> null;
    };
  }

  static Closure list(List<Closure> elements) {
    if (elements.stream().allMatch(Constant.class::isInstance)) {
      List<Object> values = new ArrayList<>();
      elements.forEach(e -> values.add(((Constant) e).value()));
      return new Constant(Collections.unmodifiableList(values));
    }
    Closure[] items = elements.toArray(Closure[]::new);
    return f -> {
      List<Object> out = new ArrayList<>(items.length);
      for (Closure item : items) {
        out.add(item.eval(f));
      }
      return out;
    };
  }

  static Closure map(List<Closure> keys, List<Closure> values, List<String> wheres) {
    Closure[] k = keys.toArray(Closure[]::new);
    Closure[] v = values.toArray(Closure[]::new);
    String[] at = wheres.toArray(String[]::new);
    Closure build = f -> {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < k.length; i++) {
        Object key = k[i].eval(f);
        Object value = v[i].eval(f);
        if (out.containsKey(key)) {
          throw new EvalError(at[i] + "duplicate map key [" + key + "]");
        }
        out.put(key, value);
      }
      return out;
    };
    if (keys.stream().allMatch(Constant.class::isInstance)
        && values.stream().allMatch(Constant.class::isInstance)) {
      try {
        @SuppressWarnings("unchecked")
        Map<Object, Object> built = (Map<Object, Object>) build.eval(null);
        return new Constant(Collections.unmodifiableMap(built));
      } catch (EvalError e) {
        return build;
      }
    }
    return build;
  }

  /** The fields of a struct value: facts are maps. */
  static Map<?, ?> fields(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new UnexpectedValue("expected a map of fields, found " + value);
  }
}
