package org.branchcheck.engine;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.io.AttendanceSink;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Hours;
import org.branchcheck.model.SessionKind;

/**
 * Every member's study record folded from attendance rows one row at a time, so that twenty
 * million rows cost a few numbers per member instead of an object per row. Holds what the member
 * facts need: hours by form, which sessions were attended (each counted once), collective sessions
 * missed, and which later session made each one up (the first such row wins, as in file order:
 * rows carry their position, so they may arrive in any order). Fed by one thread.
 */
final class StudyTally implements AttendanceSink {
  private static final SessionKind[] KINDS = SessionKind.values();
  private static final AttendanceStatus[] STATUSES = AttendanceStatus.values();

  private final SessionTable sessions;
  private final MemberIndex members;
  private final long[][] hoursByKind = new long[KINDS.length][];
  private final byte[] kindsSeen;
  private final int[] attended;
  private final int[] collectiveAttended;
  private final AttendedSessions attendedSessions;
  // (member, session) -> (position << 32 | status or session): the row first in the file wins.
  private final Long2LongOpenHashMap missedStatus = new Long2LongOpenHashMap();
  private final Long2LongOpenHashMap madeUpBy = new Long2LongOpenHashMap();
  private long rowsAdded;
  private long[] missedByMember;

  StudyTally(SessionTable sessions, MemberIndex members) {
    this.sessions = sessions;
    this.members = members;
    int n = members.size();
    kindsSeen = new byte[n];
    attended = new int[n];
    collectiveAttended = new int[n];
    attendedSessions = new AttendedSessions(sessions, members);
  }

  /** A tally of the dataset's members and sessions with no attendance folded in yet. */
  static StudyTally empty(org.branchcheck.model.Dataset data) {
    OrgIndex orgs = new OrgIndex();
    SessionTable sessions = new SessionTable(data.sessions(), orgs);
    MemberIndex members = new MemberIndex(orgs);
    List<org.branchcheck.model.Member> records = data.members();
    for (int i = 0; i < records.size(); i++) {
      members.add(records.get(i).id(), records.get(i).org(), i);
    }
    return new StudyTally(sessions, members);
  }

  /** The tally of a dataset held in memory: every attendance row folded in file order. */
  static StudyTally of(org.branchcheck.model.Dataset data) {
    StudyTally tally = empty(data);
    data.attendance().forEach(a ->
        tally.add(a.session(), a.member(), a.status(), a.hoursCenti(), a.makeupFor()));
    tally.finish();
    return tally;
  }

  MemberIndex members() {
    return members;
  }

  /** Folds one attendance row; rows naming an unknown member or session change nothing. */
  void add(String session, String member, AttendanceStatus status, Long hoursCenti,
      String makeupFor) {
    fold(sessions.indexOf(session), members.indexOf(member), status,
        hoursCenti != null ? hoursCenti : -1, sessions.indexOf(makeupFor), rowsAdded++);
  }

  @Override
  public void add(int sessionRow, int memberRow, AttendanceStatus status, long hoursCenti,
      int makeupRow, long position) {
    fold(sessions.numberOfRow(sessionRow), members.numberOfRow(memberRow), status, hoursCenti,
        sessions.numberOfRow(makeupRow), position);
  }

  private void fold(int s, int m, AttendanceStatus status, long hoursCenti, int made,
      long position) {
    if (m < 0 || s < 0) {
      return;
    }
    SessionKind kind = sessions.kind(s);
    if (status.attended()) {
      int k = kind.ordinal();
      if (hoursByKind[k] == null) {
        hoursByKind[k] = new long[members.size()];
      }
      hoursByKind[k][m] += hoursCenti >= 0 ? hoursCenti : sessions.hoursCenti(s);
      kindsSeen[m] |= (byte) (1 << k);
      if (attendedSessions.add(m, s)) {
        attended[m]++;
        collectiveAttended[m] += kind.collective() ? 1 : 0;
      }
      if (status == AttendanceStatus.MAKEUP && made >= 0) {
        first(madeUpBy, key(m, made), position, s);
      }
    } else if ((status == AttendanceStatus.LEAVE || status == AttendanceStatus.ABSENT)
        && kind.collective()) {
      first(missedStatus, key(m, s), position, status.ordinal());
    }
  }

  private static void first(Long2LongOpenHashMap map, long key, long position, int value) {
    long entry = (position << 32) | (value & 0xffffffffL);
    long old = map.getOrDefault(key, Long.MAX_VALUE);
    if (entry < old) {
      map.put(key, entry);
    }
  }

  /** Called once after the last row: groups the missed sessions by member. */
  void finish() {
    missedByMember = missedStatus.keySet().toLongArray();
    Arrays.sort(missedByMember);
  }

  /** Puts the member's study facts: hours, sessions attended, and the missed sessions. */
  void putFacts(int m, Map<String, Object> f) {
    long total = 0;
    long collective = 0;
    Map<String, Double> forms = new java.util.TreeMap<>();
    for (SessionKind kind : KINDS) {
      if ((kindsSeen[m] & (1 << kind.ordinal())) == 0) {
        continue;
      }
      long h = hoursByKind[kind.ordinal()][m];
      total += h;
      collective += kind.collective() ? h : 0;
      forms.put(kind.code(), Hours.toDouble(h));
    }
    Map<String, Object> hours = new LinkedHashMap<>();
    hours.put("total", Hours.toDouble(total));
    hours.put("collective", Hours.toDouble(collective));
    hours.put("self", Hours.toDouble(total - collective));
    hours.put("by_form", new LinkedHashMap<>(forms));
    f.put("hours", hours);
    f.put("sessions_attended", (long) attended[m]);
    f.put("collective_sessions_attended", (long) collectiveAttended[m]);
    f.put("missed", missed(m));
  }

  /** Total hours of the member, in hundredths. */
  long totalCenti(int m) {
    long total = 0;
    for (SessionKind kind : KINDS) {
      if ((kindsSeen[m] & (1 << kind.ordinal())) != 0) {
        total += hoursByKind[kind.ordinal()][m];
      }
    }
    return total;
  }

  long sessionsAttended(int m) {
    return attended[m];
  }

  /** Missed collective sessions in session-id order, each with whether and how it was made up. */
  private List<Map<String, Object>> missed(int m) {
    int from = Arrays.binarySearch(missedByMember, key(m, 0));
    from = from >= 0 ? from : -from - 1;
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (int i = from; i < missedByMember.length && (missedByMember[i] >>> 32) == m; i++) {
      int s = (int) missedByMember[i];
      int by = madeUpBy.containsKey(missedByMember[i]) ? (int) madeUpBy.get(missedByMember[i]) : -1;
      String byId = by >= 0 ? sessions.id(by)
          : attendedSessions.contains(m, s) ? sessions.id(s) : "";
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("session", sessions.id(s));
      x.put("date", sessions.dateFact(s));
      x.put("kind", sessions.kind(s).code());
      x.put("status", STATUSES[(int) missedStatus.get(missedByMember[i])].code());
      x.put("made_up", !byId.isEmpty());
      x.put("made_up_by", byId);
      out.add(x);
    }
    return List.copyOf(out);
  }

  private static long key(int m, int s) {
    return ((long) m << 32) | (s & 0xffffffffL);
  }

  /**
   * Which (member, session) pairs were attended. A member mostly attends their own organisation's
   * sessions: those are bits in a per-member bitmap as wide as that organisation's session count;
   * any other pair (a district lecture, an organisation with hundreds of sessions) goes to a set.
   */
  private static final class AttendedSessions {
    private static final int MAX_WORDS = 4;
    private final SessionTable sessions;
    private final MemberIndex members;
    private final int[] offset;
    private final long[] words;
    private final LongOpenHashSet others = new LongOpenHashSet();

    AttendedSessions(SessionTable sessions, MemberIndex members) {
      this.sessions = sessions;
      this.members = members;
      offset = new int[members.size() + 1];
      long next = 0;
      for (int m = 0; m < members.size(); m++) {
        offset[m] = (int) next;
        int w = (sessions.countInOrg(members.org(m)) + 63) >>> 6;
        next += w <= MAX_WORDS ? w : 0;
        if (next > Integer.MAX_VALUE - 8) {
          next = offset[m];
        }
      }
      offset[members.size()] = (int) next;
      words = new long[(int) next];
    }

    boolean add(int m, int s) {
      int bit = bit(m, s);
      if (bit < 0) {
        return others.add(key(m, s));
      }
      long mask = 1L << (bit & 63);
      int w = offset[m] + (bit >>> 6);
      boolean fresh = (words[w] & mask) == 0;
      words[w] |= mask;
      return fresh;
    }

    boolean contains(int m, int s) {
      int bit = bit(m, s);
      return bit < 0 ? others.contains(key(m, s))
          : (words[offset[m] + (bit >>> 6)] & (1L << (bit & 63))) != 0;
    }

    /** The pair's bit in the member's bitmap, or -1 when the pair is kept in the set. */
    private int bit(int m, int s) {
      int width = (offset[m + 1] - offset[m]) << 6;
      int org = members.org(m);
      return org >= 0 && sessions.org(s) == org && sessions.rankInOrg(s) < width
          ? sessions.rankInOrg(s) : -1;
    }
  }
}
