package org.branchcheck.engine;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.branchcheck.io.IdTable;
import java.time.LocalDate;
import java.util.List;
import org.branchcheck.model.SessionKind;
import org.branchcheck.model.StudySession;

/**
 * The study sessions as columns, numbered in id order (so that a member's missed sessions come out
 * sorted by id without a sort per member), each with its rank among its organisation's sessions.
 * A repeated id keeps its first record, as the facts do.
 */
final class SessionTable {
  private static final SessionKind[] KINDS = SessionKind.values();
  private final IdTable index = new IdTable();
  private final byte[] kind;
  private final long[] hours;
  private final long[] epochDay;
  private final int[] org;
  private final int[] rank;
  private final int[] countInOrg;
  private final int[] numberOfRow;

  SessionTable(List<StudySession> records, OrgIndex orgs) {
    int rows = records.size();
    numberOfRow = new int[rows];
    java.util.Arrays.fill(numberOfRow, -1);
    // First pass: the first record of each id, as columns in table order (no record is kept).
    Object2IntOpenHashMap<String> first = new Object2IntOpenHashMap<>();
    first.defaultReturnValue(-1);
    String[] firstIds = new String[rows];
    int[] firstRow = new int[rows];
    byte[] kinds = new byte[rows];
    long[] centi = new long[rows];
    long[] days = new long[rows];
    int[] orgs0 = new int[rows];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      StudySession s = records.get(r);
      if (first.putIfAbsent(s.id(), n) < 0) {
        firstIds[n] = s.id();
        firstRow[n] = r;
        kinds[n] = (byte) s.kind().ordinal();
        centi[n] = s.hoursCenti();
        days[n] = s.date() == null ? Long.MIN_VALUE : s.date().toEpochDay();
        orgs0[n] = orgs.intern(s.org());
        n++;
      }
    }
    int[] byId = new int[n];
    java.util.Arrays.setAll(byId, k -> k);
    it.unimi.dsi.fastutil.ints.IntArrays.quickSort(byId,
        (a, b) -> firstIds[a].compareTo(firstIds[b]));
    kind = new byte[n];
    hours = new long[n];
    epochDay = new long[n];
    org = new int[n];
    rank = new int[n];
    for (int i = 0; i < n; i++) {
      int k = byId[i];
      index.putIfAbsent(firstIds[k], i); // entry i: added in id order
      kind[i] = kinds[k];
      hours[i] = centi[k];
      epochDay[i] = days[k];
      org[i] = orgs0[k];
      numberOfRow[firstRow[k]] = i;
    }
    countInOrg = new int[orgs.size() + 1];
    for (int i = 0; i < n; i++) {
      rank[i] = org[i] < 0 ? Integer.MAX_VALUE : countInOrg[org[i]]++;
    }
  }

  /** The number of the session whose first record is at {@code row} of the table, or -1. */
  int numberOfRow(int row) {
    return row < 0 || row >= numberOfRow.length ? -1 : numberOfRow[row];
  }

  /** The session's number, -1 when unknown or empty. */
  int indexOf(String id) {
    return id.isEmpty() ? -1 : index.get(id);
  }

  String id(int s) {
    return index.key(s);
  }

  SessionKind kind(int s) {
    return KINDS[kind[s]];
  }

  long hoursCenti(int s) {
    return hours[s];
  }

  String dateFact(int s) {
    return Facts.date(epochDay[s] == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay[s]));
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
