package org.branchcheck.model;

import java.util.List;

/** The tables of a dataset, with the file or sheet names they may have. */
public enum Table {
  ORGS("orgs", "组织"),
  MEMBERS("members", "党员名册", "党员"),
  SESSIONS("sessions", "学习活动"),
  ATTENDANCE("attendance", "签到", "签到表"),
  ESSAYS("essays", "心得体会"),
  MEETINGS("meetings", "会议"),
  PLANS("plans", "学习计划"),
  PLAN_ITEMS("plan_items", "计划条目", "学习计划条目"),
  OPINIONS("opinions", "意见建议", "征求意见"),
  WAIVERS("waivers", "例外"),
  PARAMS("params", "参数");

  private final String code;
  private final List<String> names;

  Table(String code, String... chinese) {
    this.code = code;
    this.names = java.util.stream.Stream.concat(
        java.util.stream.Stream.of(code), java.util.stream.Stream.of(chinese)).toList();
  }

  public String code() {
    return code;
  }

  /** Every accepted file or sheet name (without extension). */
  public List<String> names() {
    return names;
  }
}
