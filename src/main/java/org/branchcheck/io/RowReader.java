package org.branchcheck.io;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Coded;
import org.branchcheck.model.Message;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Reads typed values out of one raw row by column code, recording a {@link Problem} for every value
 * that does not parse and carrying on, so that one run reports every bad cell.
 */
final class RowReader {
  private final Map<String, RawTable.Cell> byCode = new LinkedHashMap<>();
  private final Map<String, String> extra = new LinkedHashMap<>();
  private final RawTable.Row row;
  private final List<Problem> problems;
  private final LocalDate asOf;
  private boolean ok = true;

  /** @param asOf the day the check judges; dates of things done must not be later */
  RowReader(RawTable.Row row, Map<String, String> headerCodes, List<Problem> problems,
      LocalDate asOf) {
    this.row = row;
    this.problems = problems;
    this.asOf = asOf;
    for (Map.Entry<String, RawTable.Cell> e : row.cells().entrySet()) {
      String code = headerCodes.get(e.getKey());
      if (code == null) {
        extra.put(e.getKey(), e.getValue().text());
      } else {
        byCode.put(code, e.getValue());
      }
    }
  }

  /** False once any required or typed value of this row failed. */
  boolean ok() {
    return ok;
  }

  SourceLocation at() {
    return row.at();
  }

  Map<String, String> extra() {
    // Most rows have no extra columns; an empty map each would cost a district 30 MB.
    return extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(extra);
  }

  String text(String code) {
    RawTable.Cell cell = byCode.get(code);
    return cell == null ? "" : cell.text();
  }

  String required(String code) {
    String value = text(code);
    if (value.isEmpty()) {
      fail(code, "", Message.of(Expected.A_VALUE));
    }
    return value;
  }

  /** A value parser; its exception's message says what was expected. */
  interface Parser<T> {
    T parse(String text) throws Values.BadValue;
  }

  /** The parsed value, null when the cell is empty or bad (a bad one is recorded). */
  <T> T parsed(String code, Parser<T> parser) {
    String value = text(code);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return parser.parse(value);
    } catch (Values.BadValue e) {
      return fail(code, value, e.expected());
    }
  }

  /** A date of something planned or due (it may lie after the check day). */
  LocalDate date(String code) {
    return parsed(code, Values::date);
  }

  /**
   * A date of something done: a session held, an essay reviewed. Later than the check day, it
   * is a typo (2006 for 2005) or a record of what has not happened yet; either way counting it
   * would overstate the branch, so the row is refused like any bad value.
   */
  LocalDate pastDate(String code) {
    LocalDate date = date(code);
    if (date != null && date.isAfter(asOf)) {
      return fail(code, text(code), Message.of(Expected.DATE_BY_AS_OF, asOf));
    }
    return date;
  }

  Boolean bool(String code) {
    return parsed(code, Values::bool);
  }

  Long hours(String code) {
    return parsed(code, Values::hours);
  }

  Double area(String code) {
    return parsed(code, Values::area);
  }

  java.util.List<String> list(String code) {
    return Values.list(text(code));
  }

  Integer count(String code) {
    return parsed(code, Values::count);
  }

  <E extends Enum<E> & Coded> E coded(String code, Class<E> type, E fallback) {
    String value = text(code);
    if (value.isEmpty()) {
      if (fallback == null) {
        fail(code, "", Message.of(Expected.A_VALUE));
      }
      return fallback;
    }
    try {
      return Values.coded(type, value);
    } catch (Values.BadValue e) {
      fail(code, value, e.expected());
      return fallback;
    }
  }

  /** An enum value that may be left empty (null then). */
  <E extends Enum<E> & Coded> E optionalCoded(String code, Class<E> type) {
    return text(code).isEmpty() ? null : coded(code, type, null);
  }

  SourceLocation locationOf(String code) {
    RawTable.Cell cell = byCode.get(code);
    return cell == null ? row.at() : cell.at();
  }

  private <T> T fail(String code, String value, Message expected) {
    ok = false;
    problems.add(value.isEmpty()
        ? Problem.of(locationOf(code), ReadMessage.VALUE_EMPTY, code, expected)
        : Problem.of(locationOf(code), ReadMessage.VALUE_BAD, code, value, expected));
    return null;
  }
}
