package org.branchcheck.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java class a value of a declared CEL type must have for closures to be exact: Long for int,
 * Double, String, Boolean, List, Map (structs are maps). Values that come from outside the
 * expression (variables, fields, list elements, map values) pass through a guard; anything else,
 * null included, is an {@link UnexpectedValue}.
 */
enum ValueGuard {
  INT(Long.class),
  DOUBLE(Double.class),
  STRING(String.class),
  BOOL(Boolean.class),
  LIST(List.class),
  MAP(Map.class);

  private final Class<?> javaClass;

  ValueGuard(Class<?> javaClass) {
    this.javaClass = javaClass;
  }

  /** The guard for a type; empty for types closures do not handle (dyn, uint, bytes, null…). */
  static Optional<ValueGuard> of(CelType type) {
    return Optional.ofNullable(switch (type.kind()) {
      case INT -> INT;
      case DOUBLE -> DOUBLE;
      case STRING -> STRING;
      case BOOL -> BOOL;
      case LIST -> LIST;
      case MAP, STRUCT -> MAP;
      default -> null;
    });
  }

  /** The guard for what iterating over a value of {@code type} yields: elements, or map keys. */
  static Optional<ValueGuard> ofItems(CelType type) {
    if (type instanceof ListType list) {
      return of(list.elemType());
    }
    if (type instanceof MapType map) {
      return of(map.keyType());
    }
    return Optional.empty();
  }

  Object check(Object value) {
    if (!javaClass.isInstance(value)) {
      throw new UnexpectedValue("expected " + javaClass.getSimpleName() + ", found "
          + (value == null ? "null" : value.getClass().getName()));
    }
    return value;
  }
}
