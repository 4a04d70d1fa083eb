package org.branchcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Essay;
import org.branchcheck.model.Member;
import org.branchcheck.model.Org;
import org.branchcheck.model.Role;

/**
 * Computes each member's facts ({@code branchcheck.Member}) from the records: hours by form,
 * collective sessions missed and whether each was made up, written work, and who may review it.
 */
final class MemberFactBuilder {
  private final Dataset data;
  private final OrgTree tree;
  private final StudyTally study;
  /** Each member's essays as positions in the essays table, in table order (by member number). */
  private final int[] essayStart;
  private final int[] essayRows;
  private final Map<String, List<Member>> secretariesByOrg = new HashMap<>();
  private final LocalDate newMemberSince;
  private final EssayFacts essayFacts;

  MemberFactBuilder(Dataset data, OrgTree tree, LocalDate newMemberSince, EssayFacts essayFacts,
      StudyTally study) {
    this.data = data;
    this.study = study;
    this.tree = tree;
    this.newMemberSince = newMemberSince;
    this.essayFacts = essayFacts;
    List<Essay> essays = data.essays();
    int[] owner = new int[essays.size()];
    essayStart = new int[study.members().size() + 1];
    for (int i = 0; i < owner.length; i++) {
      owner[i] = study.members().indexOf(essays.get(i).member());
      if (owner[i] >= 0) {
        essayStart[owner[i] + 1]++;
      }
    }
    java.util.Arrays.parallelPrefix(essayStart, Integer::sum);
    essayRows = new int[essayStart[essayStart.length - 1]];
    int[] next = essayStart.clone();
    for (int i = 0; i < owner.length; i++) {
      if (owner[i] >= 0) {
        essayRows[next[owner[i]]++] = i;
      }
    }
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
    int index = study.members().indexOf(m.id());
    study.putFacts(index, f);
    List<Map<String, Object>> essays = new ArrayList<>();
    for (int i = essayStart[index]; i < essayStart[index + 1]; i++) {
      essays.add(essayFacts.facts(data.essays().get(essayRows[i])));
    }
    f.put("essays", List.copyOf(essays));
    f.put("reviewers", reviewers(m));
    f.put("extra", m.extra());
    return f;
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
