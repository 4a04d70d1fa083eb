package org.branchcheck.rules;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CEL's equality, list membership and map lookup as its runtime defines them: numbers compare
 * across int and double (NaN equals nothing, except the very same object), lists and maps
 * element by element, everything else with {@code equals}. Values outside the fact contract are
 * {@link UnexpectedValue}s rather than guesses.
 */
final class CelEquality {
  private CelEquality() {}

  static boolean equal(Object x, Object y) {
    if (x == y) {
      return true;
    }
    checked(x);
    checked(y);
    if (x instanceof Number a) {
      return y instanceof Number b && numbersEqual(a, b);
    }
    if (x instanceof List<?> xs) {
      if (!(y instanceof List<?> ys)) {
        return false;
      }
      Iterator<?> yi = ys.iterator();
      for (Object xe : xs) {
        if (!yi.hasNext() || !equal(xe, yi.next())) {
          return false;
        }
      }
      return !yi.hasNext();
    }
    if (x instanceof Map<?, ?> xm) {
      if (!(y instanceof Map<?, ?> ym) || xm.size() != ym.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : xm.entrySet()) {
        Object other = find(ym, e.getKey());
        if (other == null || !equal(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(x, y);
  }

  /** {@code value in list}: Java's {@code contains} first, then CEL equality for numbers. */
  static boolean inList(List<?> list, Object value) {
    if (list.contains(value)) {
      return true;
    }
    if (value instanceof Number) {
      for (Object element : list) {
        if (equal(element, value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The value under {@code key}, a double key also finding its whole-number int; null if none. */
  static Object find(Map<?, ?> map, Object key) {
    Object value = map.get(key);
    if (value != null) {
      return value;
    }
    if (key instanceof Long || key instanceof Double) {
      // The runtime would also try the key as an unsigned int: only a map holding such keys
      // could answer differently, and facts never hold one.
      map.keySet().forEach(CelEquality::checked);
    }
    if (key instanceof Double d) {
      double v = d;
      if (Math.getExponent(v) < 63 || v == -0x1p63) {
        long whole = (long) v;
        if (whole == v) {
          return map.get(whole);
        }
      }
    }
    return null;
  }

  /** CEL's ordering of a double against an int (used by <, <=, >, >= and ==). */
  static int compareDoubleInt(double d, long l) {
    if (d < (double) Long.MIN_VALUE) {
      return -1;
    }
    if (d > (double) Long.MAX_VALUE) {
      return 1;
    }
    return Double.compare(d, (double) l);
  }

  private static boolean numbersEqual(Number x, Number y) {
    if (x instanceof Double a) {
      return y instanceof Double b
          ? !(a.isNaN() || b.isNaN()) && a.doubleValue() == b.doubleValue()
          : compareDoubleInt(a, (Long) y) == 0;
    }
    return y instanceof Long ? x.equals(y) : compareDoubleInt((Double) y, (Long) x) == 0;
  }

  private static void checked(Object value) {
    if (!(value instanceof Long || value instanceof Double || value instanceof String
        || value instanceof Boolean || value instanceof List || value instanceof Map)) {
      throw new UnexpectedValue("cannot compare " + (value == null ? "null"
          : value.getClass().getName()));
    }
  }
}
