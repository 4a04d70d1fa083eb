package org.branchcheck.engine;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.io.AttendanceSink;
import org.branchcheck.io.KeyedRecords;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Hours;
import org.branchcheck.model.SessionKind;

/**
 * Every member's study record folded from attendance rows one row at a time, so that twenty
 * million rows cost a few numbers per member instead of an object per row. Holds what the member
 * facts need: hours by form, which sessions were attended (each counted once), collective sessions
 * missed, and which later session made each one up (the first such row in the file wins). Fed by
 * one thread, in file order.
 */
final class StudyTally implements AttendanceSink {
  private static final SessionKind[] KINDS = SessionKind.values();
  private static final AttendanceStatus[] STATUSES = AttendanceStatus.values();

  private final SessionTable sessions;
  private final MemberIndex members;
  private final KindHours hours;
  private final int[] attended;
  private final int[] collectiveAttended;
  private final AttendedSessions attendedSessions;
  // (member, session) -> status of the first row that missed it; -> the first session that made
  // it up. Rows come in file order, so the first put wins. Hash maps while rows are folded, sorted
  // tables once they are all in.
  private Long2IntOpenHashMap missedStatus = new Long2IntOpenHashMap();
  private Long2IntOpenHashMap madeUpBy = new Long2IntOpenHashMap();
  private PairTable missed;
  private PairTable madeUp;

  StudyTally(SessionTable sessions, MemberIndex members) {
    this.sessions = sessions;
    this.members = members;
    int n = members.size();
    hours = new KindHours(n);
    attended = new int[n];
    collectiveAttended = new int[n];
    attendedSessions = new AttendedSessions(sessions, members);
  }

  /** A tally of the dataset's members and sessions with no attendance folded in yet. */
  static StudyTally empty(KeyedRecords keyed) {
    OrgIndex orgs = new OrgIndex();
    SessionTable sessions =
        new SessionTable(keyed.sessionIds(), keyed.dataset().sessions(), orgs);
    MemberIndex members = new MemberIndex(keyed.memberIds(), keyed.dataset().members(), orgs);
    return new StudyTally(sessions, members);
  }

  /** The tally of a dataset held in memory: every attendance row folded in file order. */
  static StudyTally of(org.branchcheck.model.Dataset data) {
    StudyTally tally = empty(KeyedRecords.of(data));
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
        hoursCenti != null ? hoursCenti : -1, sessions.indexOf(makeupFor));
  }

  @Override
  public void add(int sessionRow, int memberRow, AttendanceStatus status, long hoursCenti,
      int makeupRow) {
    fold(sessions.numberOfRow(sessionRow), members.numberOfRow(memberRow), status, hoursCenti,
        sessions.numberOfRow(makeupRow));
  }

  private void fold(int s, int m, AttendanceStatus status, long hoursCenti, int made) {
    if (m < 0 || s < 0) {
      return;
    }
    SessionKind kind = sessions.kind(s);
    if (status.attended()) {
      hours.add(kind, m, hoursCenti >= 0 ? hoursCenti : sessions.hoursCenti(s));
      if (attendedSessions.add(m, s)) {
        attended[m]++;
        collectiveAttended[m] += kind.collective() ? 1 : 0;
      }
      if (status == AttendanceStatus.MAKEUP && made >= 0) {
        madeUpBy.putIfAbsent(PairTable.key(m, made), s);
      }
    } else if ((status == AttendanceStatus.LEAVE || status == AttendanceStatus.ABSENT)
        && kind.collective()) {
      missedStatus.putIfAbsent(PairTable.key(m, s), status.ordinal());
    }
  }

  /** Called once after the last row: groups the missed sessions by member. */
  void finish() {
    missed = PairTable.of(missedStatus);
    madeUp = PairTable.of(madeUpBy);
    missedStatus = null;
    madeUpBy = null;
    sessions.dropLookups();
  }

  /** Puts the member's study facts: hours, sessions attended, and the missed sessions. */
  void putFacts(int m, Map<String, Object> f) {
    long total = 0;
    long collective = 0;
    Map<String, Double> forms = new java.util.TreeMap<>();
    for (SessionKind kind : KINDS) {
      if (!hours.seen(kind, m)) {
        continue;
      }
      long h = hours.get(kind, m);
      total += h;
      collective += kind.collective() ? h : 0;
      forms.put(kind.code(), Hours.toDouble(h));
    }
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("total", Hours.toDouble(total));
    h.put("collective", Hours.toDouble(collective));
    h.put("self", Hours.toDouble(total - collective));
    h.put("by_form", new LinkedHashMap<>(forms));
    f.put("hours", h);
    f.put("sessions_attended", (long) attended[m]);
    f.put("collective_sessions_attended", (long) collectiveAttended[m]);
    f.put("missed", missed(m));
  }

  /** Total hours of the member, in hundredths. */
  long totalCenti(int m) {
    long total = 0;
    for (SessionKind kind : KINDS) {
      total += hours.get(kind, m);
    }
    return total;
  }

  long sessionsAttended(int m) {
    return attended[m];
  }

  /** Missed collective sessions in session-id order, each with whether and how it was made up. */
  private List<Map<String, Object>> missed(int m) {
    int[] ofMember = missed.sessionsOf(m);
    it.unimi.dsi.fastutil.ints.IntArrays.quickSort(ofMember, sessions::compareIds);
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (int s : ofMember) {
      int by = madeUp.get(m, s, -1);
      String byId = by >= 0 ? sessions.id(by)
          : attendedSessions.contains(m, s) ? sessions.id(s) : "";
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("session", sessions.id(s));
      x.put("date", sessions.dateFact(s));
      x.put("kind", sessions.kind(s).code());
      x.put("status", STATUSES[missed.get(m, s, 0)].code());
      x.put("made_up", !byId.isEmpty());
      x.put("made_up_by", byId);
      out.add(x);
    }
    return List.copyOf(out);
  }
}
