package org.branchcheck.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Table;

/**
 * Where the attendance columns are in a header, and the values the quick scan of a row may take as
 * they are: the exact spellings of each status and plain decimal hours. Anything else in a row is
 * left to the general reader, so that the quick scan never has to know a rule of its own.
 */
final class AttendanceColumns {
  final int count;
  final int session;
  final int member;
  final int status;
  final int hours;
  final int makeupFor;
  private final byte[][] spellings;
  private final AttendanceStatus[] spelled;

  private AttendanceColumns(int count, Map<String, Integer> at) {
    this.count = count;
    this.session = at.get("session");
    this.member = at.get("member");
    this.status = at.get("status");
    this.hours = at.getOrDefault("hours", -1);
    this.makeupFor = at.getOrDefault("makeup_for", -1);
    List<byte[]> bytes = new ArrayList<>();
    List<AttendanceStatus> statuses = new ArrayList<>();
    for (AttendanceStatus s : AttendanceStatus.values()) {
      for (String spelling : s.spellings()) {
        for (String form : List.of(spelling, spelling.toLowerCase(Locale.ROOT))) {
          if (accepted(form, s)) {
            bytes.add(form.getBytes(StandardCharsets.UTF_8));
            statuses.add(s);
          }
        }
      }
    }
    spellings = bytes.toArray(byte[][]::new);
    spelled = statuses.toArray(AttendanceStatus[]::new);
  }

  /**
   * The columns of this header, when the quick scan can read its rows: each column code at most
   * once (else the general reader reports the clash) and session, member and status present.
   */
  static Optional<AttendanceColumns> of(List<String> header) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Optional<String> code = TableSchema.codeOf(Table.ATTENDANCE, header.get(i));
      if (code.isPresent() && at.put(code.get(), i) != null) {
        return Optional.empty();
      }
    }
    if (!at.containsKey("session") || !at.containsKey("member") || !at.containsKey("status")) {
      return Optional.empty();
    }
    return Optional.of(new AttendanceColumns(header.size(), at));
  }

  /** The status spelled exactly by {@code b[from, to)}, or null. */
  AttendanceStatus status(byte[] b, int from, int to) {
    for (int i = 0; i < spellings.length; i++) {
      if (java.util.Arrays.equals(spellings[i], 0, spellings[i].length, b, from, to)) {
        return spelled[i];
      }
    }
    return null;
  }

  /**
   * Hours in hundredths for digits with at most two decimals within a session's 24 hours;
   * -1 for an empty cell (the session's hours); -2 for anything else.
   */
  static long hours(byte[] b, int from, int to) {
    if (from == to) {
      return -1;
    }
    long whole = 0;
    int i = from;
    while (i < to && b[i] >= '0' && b[i] <= '9' && i - from < 4) {
      whole = whole * 10 + (b[i++] - '0');
    }
    if (i == from) {
      return -2;
    }
    long centi = whole * 100;
    if (i < to && b[i] == '.') {
      int decimals = to - i - 1;
      if (decimals < 1 || decimals > 2) {
        return -2;
      }
      for (int d = 0, scale = 10; d < decimals; d++, scale /= 10) {
        byte c = b[i + 1 + d];
        if (c < '0' || c > '9') {
          return -2;
        }
        centi += (c - '0') * scale;
      }
      i = to;
    }
    return i == to && centi <= Values.MAX_SESSION_CENTI_HOURS ? centi : -2;
  }

  private static boolean accepted(String form, AttendanceStatus expected) {
    try {
      return Values.coded(AttendanceStatus.class, form) == expected;
    } catch (Values.BadValue e) {
      return false;
    }
  }
}
