package org.branchcheck.engine;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
  private final String[] ids;
  private final byte[] kind;
  private final long[] hours;
  private final long[] epochDay;
  private final int[] org;
  private final int[] rank;
  private final int[] countInOrg;

  SessionTable(Iterable<StudySession> records, OrgIndex orgs) {
    index.defaultReturnValue(-1);
    Object2IntOpenHashMap<String> first = new Object2IntOpenHashMap<>();
    List<StudySession> unique = new ArrayList<>();
    for (StudySession s : records) {
      if (!first.containsKey(s.id())) {
        first.put(s.id(), unique.size());
        unique.add(s);
      }
    }
    unique.sort(Comparator.comparing(StudySession::id));
    int n = unique.size();
    ids = new String[n];
    kind = new byte[n];
    hours = new long[n];
    epochDay = new long[n];
    org = new int[n];
    rank = new int[n];
    for (int i = 0; i < n; i++) {
      StudySession s = unique.get(i);
      ids[i] = s.id();
      index.put(s.id(), i);
      kind[i] = (byte) s.kind().ordinal();
      hours[i] = s.hoursCenti();
      epochDay[i] = s.date() == null ? Long.MIN_VALUE : s.date().toEpochDay();
      org[i] = orgs.intern(s.org());
    }
    countInOrg = new int[orgs.size() + 1];
    for (int i = 0; i < n; i++) {
      rank[i] = org[i] < 0 ? Integer.MAX_VALUE : countInOrg[org[i]]++;
    }
  }

  /** The session's number, -1 when unknown or empty. */
  int indexOf(String id) {
    return id.isEmpty() ? -1 : index.getInt(id);
  }

  String id(int s) {
    return ids[s];
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
