package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Member;
import org.branchcheck.model.Hours;

/**
 * What organisation facts need of the members, gathered in one pass over the members table so that
 * no member's full facts are held: how many members each organisation has, and its new members
 * (in table order) with the few facts organisation rules read about them.
 */
final class OrgMembers {
  private final Map<String, Long> count = new HashMap<>();
  private final Map<String, List<Map<String, Object>>> newMembers = new HashMap<>();

  void add(Member m, boolean isNew, long totalCenti, long sessionsAttended) {
    count.merge(m.org(), 1L, Long::sum);
    if (isNew) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", m.id());
      r.put("name", m.name());
      r.put("org", m.org());
      r.put("exempt", m.exempt());
      r.put("hours_total", Hours.toDouble(totalCenti));
      r.put("sessions_attended", sessionsAttended);
      newMembers.computeIfAbsent(m.org(), k -> new ArrayList<>()).add(r);
    }
  }

  long count(String org) {
    return count.getOrDefault(org, 0L);
  }

  List<Map<String, Object>> newMembers(String org) {
    return newMembers.getOrDefault(org, List.of());
  }
}
