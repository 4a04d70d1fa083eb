package org.branchcheck.engine;

import org.branchcheck.io.IdTable;
import java.time.LocalDate;
import java.util.List;
import org.branchcheck.model.SessionKind;
import org.branchcheck.model.StudySession;

/**
 * The study sessions as columns, numbered as their ids were first met in the table, each with its
 * rank among its organisation's sessions. A repeated id keeps its first record, as the facts do.
 * The ids are the reader's own table, shared rather than built again.
 */
final class SessionTable {
  private static final SessionKind[] KINDS = SessionKind.values();
  private static final int NO_DATE = Integer.MIN_VALUE;
  private final IdTable ids;
  private final byte[] kind;
  /** Hours in hundredths: at most 24 hours a session, as read. */
  private final int[] hours;
  /** Days since 1970 (years have four digits), or {@link #NO_DATE}. */
  private final int[] epochDay;
  private final int[] org;
  private final int[] rank;
  private final int[] countInOrg;
  private final RowNumbers numbers;

  /** @param ids each session id mapped to the position of its first record in {@code records} */
  SessionTable(IdTable ids, List<StudySession> records, OrgIndex orgs) {
    this.ids = ids;
    int n = ids.size();
    kind = new byte[n];
    hours = new int[n];
    epochDay = new int[n];
    org = new int[n];
    rank = new int[n];
    for (int i = 0; i < n; i++) {
      StudySession s = records.get(ids.value(i));
      kind[i] = (byte) s.kind().ordinal();
      hours[i] = Math.toIntExact(s.hoursCenti());
      epochDay[i] = s.date() == null ? NO_DATE : Math.toIntExact(s.date().toEpochDay());
      org[i] = orgs.intern(s.org());
    }
    numbers = new RowNumbers(ids, records.size());
    countInOrg = new int[orgs.size() + 1];
    for (int i = 0; i < n; i++) {
      rank[i] = org[i] < 0 ? Integer.MAX_VALUE : countInOrg[org[i]]++;
    }
  }

  /** The number of the session whose first record is at {@code row} of the table, or -1. */
  int numberOfRow(int row) {
    return numbers.numberOf(row);
  }

  /** After the last lookup by id: the ids are kept, their index is given up. */
  void dropLookups() {
    ids.dropLookups();
  }

  /** Compares two sessions' ids as {@link String#compareTo} does. */
  int compareIds(int a, int b) {
    return ids.compareKeys(a, b);
  }

  /** The session's number, -1 when unknown or empty. */
  int indexOf(String id) {
    return id.isEmpty() ? -1 : numberOfRow(ids.get(id));
  }

  String id(int s) {
    return ids.key(s);
  }

  SessionKind kind(int s) {
    return KINDS[kind[s]];
  }

  long hoursCenti(int s) {
    return hours[s];
  }

  String dateFact(int s) {
    return Facts.date(epochDay[s] == NO_DATE ? null : LocalDate.ofEpochDay(epochDay[s]));
  }

  int org(int s) {
    return org[s];
  }

  int rankInOrg(int s) {
    return rank[s];
  }

  /** Sessions of the organisation; 0 for an unknown or empty one. */
  int countInOrg(int o) {
    return o < 0 || o >= countInOrg.length ? 0 : countInOrg[o];
  }
}
