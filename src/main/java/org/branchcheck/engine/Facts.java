package org.branchcheck.engine;

import java.time.LocalDate;

/** Conventions shared by the fact builders: how absent values are shown to rules. */
final class Facts {
  private Facts() {}

  /** Dates are ISO strings so that they compare as text; an unknown date is the empty string. */
  static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** Adds a text value unless it is empty (absent in the data). */
  static void addIfPresent(java.util.Collection<String> out, String value) {
    if (!value.isEmpty()) {
      out.add(value);
    }
  }
}
