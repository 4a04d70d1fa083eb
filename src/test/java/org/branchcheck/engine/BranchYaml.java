package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small YAML datasets for rule tests: one complying branch (unit B01, secretary 王书记,
 * instructor 周指导) to which each test adds or removes exactly what it is about.
 */
public final class BranchYaml {
  private final Map<String, List<String>> tables = new LinkedHashMap<>();

  public static BranchYaml compliant() {
    BranchYaml y = new BranchYaml();
    y.row("orgs", "{id: B01, name: 第一支部, kind: 党支部, enterprise: 甲公司, instructor: 周指导,"
        + " head: 王书记}");
    y.row("sessions", "{id: T1, org: B01, date: 2005-07-26, kind: 党课, hours: 0,"
        + " topic: 理想信念与党的宗旨, material: 党章}");
    y.row("sessions", "{id: T2, org: B01, date: 2005-07-27, kind: 讨论, hours: 0,"
        + " topic: 党员先锋模范作用与党的执政能力建设}");
    y.row("sessions", "{id: T3, org: B01, date: 2005-07-28, kind: 讨论, hours: 0,"
        + " topic: 求真务实与坚持科学发展观和正确政绩观}");
    y.row("sessions", "{id: T4, org: B01, date: 2005-07-29, kind: 讨论, hours: 0,"
        + " topic: 党的优良传统和作风}");
    y.row("sessions", "{id: T5, org: B01, date: 2005-07-30, kind: 讨论, hours: 0,"
        + " topic: 岗位建功}");
    y.row("meetings", "{id: H1, org: B01, kind: 动员大会, date: 2005-07-25, chair: 王书记}");
    y.row("meetings", "{id: H2, org: B01, kind: 回头看, date: 2005-08-30, chair: 王书记,"
        + " mass_evaluation: 是}");
    y.row("plans", "{org: B01, filed_on: 2005-07-20, reviewed_by: 周指导}");
    y.row("plan_items", "{org: B01, date: 2005-07-26, text: 党章, responsible: 王书记}");
    y.table("members");
    y.table("attendance");
    y.table("essays");
    return y;
  }

  public BranchYaml table(String name) {
    tables.computeIfAbsent(name, k -> new ArrayList<>());
    return this;
  }

  public BranchYaml row(String table, String flowMapping) {
    tables.computeIfAbsent(table, k -> new ArrayList<>()).add(flowMapping);
    return this;
  }

  public BranchYaml without(String table) {
    tables.remove(table);
    return this;
  }

  public BranchYaml replace(String table, String flowMapping) {
    tables.put(table, new ArrayList<>(List.of(flowMapping)));
    return this;
  }

  /**
   * A member of {@code org} with its own collective and self-study sessions of the given hours,
   * attended, plus a reviewed essay and notes: compliant unless the test changes it.
   */
  public BranchYaml member(String id, String org, String extra, String collective, String self) {
    row("members", "{id: " + id + ", name: 党员" + id + ", org: " + org + extra + "}");
    sessions("C-" + id, id, org, "集中学习", new java.math.BigDecimal(collective));
    sessions("Z-" + id, id, org, "自学", new java.math.BigDecimal(self));
    row("essays", "{member: " + id + ", kind: 心得体会, title: 体会" + id
        + ", chars: 1200, reviewed_by: 王书记}");
    row("essays", "{member: " + id + ", kind: 学习笔记, title: 笔记" + id + ", reviewed_by: 王书记}");
    return this;
  }

  /** Attended sessions of at most 20 hours each (a single session over 24 hours is refused). */
  private void sessions(String prefix, String member, String org, String kind,
      java.math.BigDecimal hours) {
    java.math.BigDecimal twenty = java.math.BigDecimal.valueOf(20);
    for (int i = 1; hours.signum() > 0; i++) {
      java.math.BigDecimal h = hours.min(twenty);
      hours = hours.subtract(h);
      String sid = prefix + "-" + i;
      row("sessions", "{id: " + sid + ", org: " + org + ", date: 2005-08-0" + i + ", kind: " + kind
          + ", hours: " + h.toPlainString() + "}");
      row("attendance", "{session: " + sid + ", member: " + member + ", status: 出席}");
    }
  }

  public BranchYaml member(String id) {
    return member(id, "B01", "", "30", "10");
  }

  public String yaml() {
    StringBuilder out = new StringBuilder();
    tables.forEach((name, rows) -> {
      out.append(name).append(':').append(rows.isEmpty() ? " []\n" : "\n");
      rows.forEach(r -> out.append("  - ").append(r).append('\n'));
    });
    return out.toString();
  }
}
