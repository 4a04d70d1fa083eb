package org.branchcheck.io;

import org.branchcheck.model.AttendanceStatus;

/**
 * Receives the good rows of a streamed attendance table as numbers: sessions and members by the
 * position (0-based) of their first record in their tables. Rows come in file order, on one
 * thread: where rows disagree (two statuses for one session), the first one counts.
 */
public interface AttendanceSink {
  /**
   * @param hoursCenti the row's own hours in hundredths, or -1 for the session's hours
   * @param makeupFor the session made up, or -1
   */
  void add(int session, int member, AttendanceStatus status, long hoursCenti, int makeupFor);
}
