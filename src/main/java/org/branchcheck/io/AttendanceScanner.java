package org.branchcheck.io;

import org.branchcheck.model.AttendanceStatus;

/**
 * The quick reading of attendance rows straight from UTF-8 bytes: split at commas, ids looked up
 * as bytes, the status and hours matched exactly. A line it cannot take as it is (spaces, an
 * unknown id, a bad value, a ragged row) goes to the general reader; at a line whose extent only
 * a CSV parser knows (a quote, a bare CR) or that is not UTF-8, it stops and says why.
 */
final class AttendanceScanner {
  enum Stop { NONE, NEEDS_PARSER, NOT_UTF8 }

  /** A line left to the general reader: its number and bytes (without the line break). */
  interface SlowLine {
    void accept(int line, byte[] buf, int from, int to);
  }

  private final AttendanceColumns cols;
  private final LastIdLookup sessions;
  private final LastIdLookup madeUp;
  private final LastIdLookup members;
  private final AttendanceSink sink;
  private final SlowLine slow;
  private final int[] start;
  private final int[] end;
  private int line;
  private Stop stop = Stop.NONE;

  AttendanceScanner(AttendanceColumns cols, IdTable sessions, IdTable members,
      AttendanceSink sink, SlowLine slow, int firstLine) {
    this.cols = cols;
    this.sessions = new LastIdLookup(sessions);
    this.madeUp = new LastIdLookup(sessions);
    this.members = new LastIdLookup(members);
    this.sink = sink;
    this.slow = slow;
    this.start = new int[cols.count];
    this.end = new int[cols.count];
    this.line = firstLine;
  }

  /** The number of the next line to be scanned. */
  int line() {
    return line;
  }

  Stop stop() {
    return stop;
  }

  /**
   * Scans the complete lines of {@code buf[from, to)}; returns the start of the first line not
   * consumed: an incomplete one at the end, or the one it stopped at ({@link #stop()} then says
   * why).
   */
  int scan(byte[] buf, int from, int to) {
    int i = from;
    while (i < to) {
      int lineStart = i;
      int fields = 0;
      boolean ragged = false;
      start[0] = i;
      int j = i;
      for (; j < to; j++) {
        byte c = buf[j];
        if (c == '\n') {
          break;
        } else if (c == ',') {
          if (fields + 1 < cols.count) {
            end[fields] = j;
            start[++fields] = j + 1;
          } else {
            ragged = true;
          }
        } else if (c == '"') {
          stop = Stop.NEEDS_PARSER;
          return lineStart;
        } else if (c == '\r') {
          if (j + 1 == to) {
            return lineStart;
          }
          if (buf[j + 1] != '\n') {
            stop = Stop.NEEDS_PARSER;
            return lineStart;
          }
        } else if (c < 0) {
          int n = Utf8.sequence(buf, j, to);
          if (n == 0) {
            return lineStart;
          }
          if (n < 0) {
            stop = Stop.NOT_UTF8;
            return lineStart;
          }
          j += n - 1;
        }
      }
      if (j == to) {
        return lineStart;
      }
      int lineEnd = j > lineStart && buf[j - 1] == '\r' ? j - 1 : j;
      end[fields] = lineEnd;
      if (lineEnd > lineStart
          && (ragged || fields + 1 != cols.count || !take(buf))) {
        slow.accept(line, buf, lineStart, lineEnd);
      }
      line++;
      i = j + 1;
    }
    return i;
  }

  /** Folds the row in the fields when every value it needs is plain; false otherwise. */
  private boolean take(byte[] buf) {
    int session = sessions.get(buf, start[cols.session], end[cols.session]);
    int member = members.get(buf, start[cols.member], end[cols.member]);
    AttendanceStatus status = cols.status(buf, start[cols.status], end[cols.status]);
    long hours = cols.hours < 0 ? -1
        : AttendanceColumns.hours(buf, start[cols.hours], end[cols.hours]);
    int makeup = cols.makeupFor < 0 || start[cols.makeupFor] == end[cols.makeupFor] ? -1
        : madeUp.get(buf, start[cols.makeupFor], end[cols.makeupFor]);
    boolean makeupKnown = makeup >= 0 || cols.makeupFor < 0
        || start[cols.makeupFor] == end[cols.makeupFor];
    if (session < 0 || member < 0 || status == null || hours < -1 || !makeupKnown) {
      return false;
    }
    sink.add(session, member, status, hours, makeup);
    return true;
  }
}
