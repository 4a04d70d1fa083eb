package org.branchcheck.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar quarters, half-years and years, for cadence rules ("党员大会每季度至少一次"): which whole
 * periods inside a checked window have no dated event. A period that is only partly inside the
 * window (the quarter still running on the as-of date) is not judged.
 */
final class CalendarPeriods {
  /** More periods than a century of quarters means a mistyped window, not a real check. */
  static final int MAX_PERIODS = 400;

  private CalendarPeriods() {}

  /**
   * @param unit quarter, half_year or year (a {@code period} parameter's value)
   * @return the labels of the periods within [from, to] that contain none of {@code dates}, such
   *     as "2005年第3季度", "2005年下半年" or "2005年", in calendar order
   */
  static List<String> missing(List<?> dates, String unit, String from, String to) {
    int months = switch (unit) {
      case "quarter" -> 3;
      case "half_year" -> 6;
      case "year" -> 12;
      default -> throw new IllegalArgumentException(
          "period unit '" + unit + "' is not quarter, half_year or year");
    };
    LocalDate start = day(from, "from");
    LocalDate end = day(to, "to");
    List<LocalDate> held = new ArrayList<>();
    for (Object d : dates) {
      if (d instanceof String s && !s.isEmpty()) {
        held.add(day(s, "event"));
      }
    }
    List<String> out = new ArrayList<>();
    LocalDate p = start.withDayOfMonth(1).withMonth(((start.getMonthValue() - 1) / months)
        * months + 1);
    for (int n = 0; !p.isAfter(end); n++, p = p.plusMonths(months)) {
      if (n >= MAX_PERIODS) {
        throw new IllegalArgumentException("window " + from + " to " + to + " spans more than "
            + MAX_PERIODS + " periods");
      }
      LocalDate last = p.plusMonths(months).minusDays(1);
      if (p.isBefore(start) || last.isAfter(end)) {
        continue;
      }
      LocalDate first = p;
      if (held.stream().noneMatch(d -> !d.isBefore(first) && !d.isAfter(last))) {
        out.add(label(p, months));
      }
    }
    return out;
  }

  private static String label(LocalDate start, int months) {
    int year = start.getYear();
    return switch (months) {
      case 3 -> year + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
      case 6 -> year + (start.getMonthValue() == 1 ? "年上半年" : "年下半年");
      default -> year + "年";
    };
  }

  private static LocalDate day(String text, String what) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " date '" + text + "' is not YYYY-MM-DD");
    }
  }
}
