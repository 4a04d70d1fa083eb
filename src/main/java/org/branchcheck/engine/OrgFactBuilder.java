package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Meeting;
import org.branchcheck.model.Opinion;
import org.branchcheck.model.Org;
import org.branchcheck.model.Plan;
import org.branchcheck.model.PlanItem;
import org.branchcheck.model.StudySession;

/**
 * Computes each organisation's facts ({@code branchcheck.Org}). Counts, new members, temporary
 * units, topics and materials are taken over the organisation's whole subtree, since an
 * enterprise's committee answers for what its branches and temporary units did.
 */
final class OrgFactBuilder {
  private final OrgTree tree;
  private final OrgMembers members;
  private final Map<String, OrgSessions> sessionsByOrg = new HashMap<>();
  private final Map<String, List<Meeting>> meetingsByOrg = new HashMap<>();
  private final Map<String, Plan> planByOrg = new HashMap<>();
  private final Map<String, List<PlanItem>> itemsByOrg = new HashMap<>();
  private final Map<String, List<Opinion>> opinionsByOrg = new HashMap<>();

  /**
   * An organisation's own sessions: counts, and the topics and materials named, gathered in sets
   * and then kept as lists (a district's sets would cost a tree node per topic per organisation).
   */
  private static final class OrgSessions {
    long count;
    long collective;
    java.util.Collection<String> topics = new TreeSet<>();
    java.util.Collection<String> materials = new TreeSet<>();

    void freeze() {
      topics = List.copyOf(topics);
      materials = List.copyOf(materials);
    }
  }

  OrgFactBuilder(Dataset data, OrgTree tree, OrgMembers members) {
    this.tree = tree;
    this.members = members;
    for (StudySession s : data.sessions()) {
      OrgSessions o = sessionsByOrg.computeIfAbsent(s.org(), k -> new OrgSessions());
      o.count++;
      o.collective += s.kind().collective() ? 1 : 0;
      Facts.addIfPresent(o.topics, s.topic());
      Facts.addIfPresent(o.materials, s.material());
    }
    sessionsByOrg.values().forEach(OrgSessions::freeze);
    data.meetings().forEach(m -> meetingsByOrg.computeIfAbsent(m.org(), k -> new ArrayList<>())
        .add(m));
    data.plans().forEach(p -> planByOrg.putIfAbsent(p.org(), p));
    data.planItems().forEach(i -> itemsByOrg.computeIfAbsent(i.org(), k -> new ArrayList<>())
        .add(i));
    data.opinions().forEach(x -> opinionsByOrg.computeIfAbsent(x.org(), k -> new ArrayList<>())
        .add(x));
  }

  Map<String, Object> facts(Org o) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", o.id());
    f.put("name", o.name());
    f.put("kind", o.kind().code());
    f.put("parent", o.parent());
    f.put("enterprise", o.enterprise());
    f.put("is_temporary", o.kind().temporary());
    f.put("is_unit", isUnit(o));
    f.put("instructor", o.instructor());
    f.put("leader", o.leader());
    f.put("head", o.head());
    f.put("children", tree.childrenOf(o.id()));
    List<String> subtree = tree.subtree(o.id());
    List<Map<String, Object>> newMembers = new ArrayList<>();
    long memberCount = 0;
    List<Map<String, Object>> tempUnits = new ArrayList<>();
    Set<String> topics = new TreeSet<>();
    Set<String> materials = new TreeSet<>();
    long sessionCount = 0;
    long collectiveCount = 0;
    for (String id : subtree) {
      memberCount += members.count(id);
      newMembers.addAll(members.newMembers(id));
      Org unit = tree.get(id).orElseThrow();
      if (!id.equals(o.id()) && unit.kind().temporary()) {
        tempUnits.add(tempUnit(unit));
      }
      OrgSessions own = sessionsByOrg.get(id);
      if (own != null) {
        sessionCount += own.count;
        collectiveCount += own.collective;
        topics.addAll(own.topics);
        materials.addAll(own.materials);
      }
    }
    f.put("member_count", memberCount);
    f.put("new_member_count", (long) newMembers.size());
    f.put("new_members", newMembers);
    f.put("temp_units", tempUnits);
    f.put("has_plan", planByOrg.containsKey(o.id()));
    f.put("plan", plan(o.id()));
    f.put("meetings", meetingsByOrg.getOrDefault(o.id(), List.of()).stream()
        .map(OrgFactBuilder::meeting).toList());
    f.put("topics", List.copyOf(topics));
    f.put("materials", List.copyOf(materials));
    f.put("session_count", sessionCount);
    f.put("collective_session_count", collectiveCount);
    f.put("ownership", o.ownership() == null ? "" : o.ownership().code());
    f.put("room_area", o.roomArea() == null ? 0.0 : o.roomArea());
    f.put("room_items", o.roomItems());
    f.put("opinions", opinionsByOrg.getOrDefault(o.id(), List.of()).stream()
        .map(OrgFactBuilder::opinion).toList());
    f.put("extra", o.extra());
    return f;
  }

  /**
   * A unit is where campaign duties fall: a permanent organisation at the top of the dataset or of
   * its enterprise (its enterprise differs from its parent's).
   */
  private boolean isUnit(Org o) {
    if (o.kind().temporary()) {
      return false;
    }
    return tree.parentOf(o.id()).map(p -> !o.enterprise().isEmpty()
        && !o.enterprise().equals(tree.get(p).orElseThrow().enterprise())).orElse(true);
  }

  private Map<String, Object> tempUnit(Org unit) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", unit.id());
    t.put("name", unit.name());
    t.put("kind", unit.kind().code());
    t.put("leader", unit.leader().isEmpty() ? unit.head() : unit.leader());
    t.put("member_count", members.count(unit.id()));
    return t;
  }

  private Map<String, Object> plan(String orgId) {
    Plan p = planByOrg.get(orgId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("filed_on", p == null ? "" : Facts.date(p.filedOn()));
    out.put("reviewed_by", p == null ? "" : p.reviewedBy());
    out.put("items", itemsByOrg.getOrDefault(orgId, List.of()).stream().map(i -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("date", Facts.date(i.date()));
      item.put("text", i.text());
      item.put("responsible", i.responsible());
      return item;
    }).toList());
    return out;
  }

  private static Map<String, Object> opinion(Opinion o) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", o.id());
    x.put("text", o.text());
    x.put("solicited_on", Facts.date(o.solicitedOn()));
    x.put("status", o.status().code());
    x.put("deadline", Facts.date(o.deadline()));
    x.put("rectified_on", Facts.date(o.rectifiedOn()));
    x.put("extra", o.extra());
    return x;
  }

  private static Map<String, Object> meeting(Meeting m) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", m.id());
    x.put("kind", m.kind().code());
    x.put("date", Facts.date(m.date()));
    x.put("chair", m.chair());
    x.put("mass_evaluation", Boolean.TRUE.equals(m.massEvaluation()));
    x.put("extra", m.extra());
    return x;
  }
}
