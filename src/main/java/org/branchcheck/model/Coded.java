package org.branchcheck.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An enumerated value as it appears in data: an English code (the constant's name in lower case,
 * used in rules and reports) plus the Chinese words users type.
 */
public interface Coded {
  /** The enum constant's name; supplied by every enum. */
  String name();

  /** The Chinese spellings accepted in data, the usual one first. */
  List<String> chinese();

  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every spelling accepted in data: the code, then the Chinese ones. */
  default List<String> spellings() {
    return Stream.concat(Stream.of(code()), chinese().stream()).toList();
  }
}
