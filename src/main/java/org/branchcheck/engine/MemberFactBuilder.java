package org.branchcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.branchcheck.model.Attendance;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Essay;
import org.branchcheck.model.Hours;
import org.branchcheck.model.Member;
import org.branchcheck.model.Org;
import org.branchcheck.model.Role;
import org.branchcheck.model.StudySession;

/**
 * Computes each member's facts ({@code branchcheck.Member}) from the records: hours by form,
 * collective sessions missed and whether each was made up, written work, and who may review it.
 */
final class MemberFactBuilder {
  private final Dataset data;
  private final OrgTree tree;
  private final Map<String, StudySession> sessions = new HashMap<>();
  private final Map<String, List<Attendance>> attendanceByMember = new HashMap<>();
  private final Map<String, List<Essay>> essaysByMember = new HashMap<>();
  private final Map<String, List<Member>> secretariesByOrg = new HashMap<>();
  private final LocalDate newMemberSince;
  private final EssayFacts essayFacts;

  MemberFactBuilder(Dataset data, OrgTree tree, LocalDate newMemberSince, EssayFacts essayFacts) {
    this.data = data;
    this.tree = tree;
    this.newMemberSince = newMemberSince;
    this.essayFacts = essayFacts;
    data.sessions().forEach(s -> sessions.putIfAbsent(s.id(), s));
    data.attendance().forEach(a ->
        attendanceByMember.computeIfAbsent(a.member(), k -> new ArrayList<>()).add(a));
    data.essays().forEach(e ->
        essaysByMember.computeIfAbsent(e.member(), k -> new ArrayList<>()).add(e));
    data.members().stream().filter(m -> m.role() == Role.SECRETARY).forEach(m ->
        secretariesByOrg.computeIfAbsent(m.org(), k -> new ArrayList<>()).add(m));
  }

  boolean isNew(Member m) {
    if (m.newMember() != null) {
      return m.newMember();
    }
    if (newMemberSince == null) {
      return false;
    }
    return after(m.joinedOn()) || after(m.transferredInOn());
  }

  private boolean after(LocalDate d) {
    return d != null && d.isAfter(newMemberSince);
  }

  Map<String, Object> facts(Member m) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", m.id());
    f.put("name", m.name());
    f.put("org", m.org());
    f.put("role", m.role().code());
    f.put("status", m.status().code());
    f.put("is_leader", m.role() == Role.LEADER);
    f.put("can_write", m.canWrite());
    f.put("exempt", m.exempt());
    f.put("exempt_reason", m.exemptReason());
    f.put("is_new", isNew(m));
    f.put("joined_on", Facts.date(m.joinedOn()));
    f.put("transferred_in_on", Facts.date(m.transferredInOn()));
    study(m, f);
    f.put("essays", essaysByMember.getOrDefault(m.id(), List.of()).stream()
        .map(essayFacts::facts).toList());
    f.put("reviewers", reviewers(m));
    f.put("extra", m.extra());
    return f;
  }

  private void study(Member m, Map<String, Object> f) {
    long total = 0;
    long collective = 0;
    Map<String, Long> byForm = new TreeMap<>();
    Set<String> attended = new TreeSet<>();
    Set<String> collectiveAttended = new TreeSet<>();
    Map<String, String> madeUpBy = new HashMap<>();
    List<Attendance> rows = attendanceByMember.getOrDefault(m.id(), List.of());
    for (Attendance a : rows) {
      StudySession s = sessions.get(a.session());
      if (s == null || !a.status().attended()) {
        continue;
      }
      long hours = a.hoursCenti() != null ? a.hoursCenti() : s.hoursCenti();
      total += hours;
      collective += s.kind().collective() ? hours : 0;
      byForm.merge(s.kind().code(), hours, Long::sum);
      attended.add(s.id());
      if (s.kind().collective()) {
        collectiveAttended.add(s.id());
      }
      if (a.status() == AttendanceStatus.MAKEUP && !a.makeupFor().isEmpty()) {
        madeUpBy.putIfAbsent(a.makeupFor(), s.id());
      }
    }
    Map<String, Object> hours = new LinkedHashMap<>();
    hours.put("total", Hours.toDouble(total));
    hours.put("collective", Hours.toDouble(collective));
    hours.put("self", Hours.toDouble(total - collective));
    Map<String, Double> forms = new LinkedHashMap<>();
    byForm.forEach((k, v) -> forms.put(k, Hours.toDouble(v)));
    hours.put("by_form", forms);
    f.put("hours", hours);
    f.put("sessions_attended", (long) attended.size());
    f.put("collective_sessions_attended", (long) collectiveAttended.size());
    f.put("missed", missed(rows, attended, madeUpBy));
  }

  private List<Map<String, Object>> missed(
      List<Attendance> rows, Set<String> attended, Map<String, String> madeUpBy) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (Attendance a : rows) {
      StudySession s = sessions.get(a.session());
      boolean missedRow = a.status() == AttendanceStatus.LEAVE
          || a.status() == AttendanceStatus.ABSENT;
      if (s == null || !missedRow || !s.kind().collective() || out.containsKey(s.id())) {
        continue;
      }
      String by = madeUpBy.getOrDefault(s.id(), attended.contains(s.id()) ? s.id() : "");
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("session", s.id());
      x.put("date", Facts.date(s.date()));
      x.put("kind", s.kind().code());
      x.put("status", a.status().code());
      x.put("made_up", !by.isEmpty());
      x.put("made_up_by", by);
      out.put(s.id(), x);
    }
    return List.copyOf(out.values());
  }

  /**
   * Who may review this member's notes and essays (seed 002: the committee's head or the branch
   * secretary): the heads and leaders of the member's organisation and of every organisation above
   * it, and the secretaries among their members; by id and by name, since data uses either.
   */
  private List<String> reviewers(Member m) {
    Set<String> out = new TreeSet<>();
    for (String orgId : tree.chain(m.org())) {
      Org o = tree.get(orgId).orElseThrow();
      Facts.addIfPresent(out, o.head());
      Facts.addIfPresent(out, o.leader());
      for (Member s : secretariesByOrg.getOrDefault(orgId, List.of())) {
        Facts.addIfPresent(out, s.id());
        Facts.addIfPresent(out, s.name());
      }
    }
    return List.copyOf(out);
  }

}
