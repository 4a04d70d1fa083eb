package org.branchcheck.model;

import java.util.List;

/**
 * Whether an enterprise is state-owned or non-public: seed 003 sets different organisational-life
 * cadences and activity-room checklists for the two.
 */
public enum Ownership implements Coded {
  STATE("国有", "国有企业", "国企", "国有控股"),
  NON_PUBLIC("非公", "非公有制", "非公企业", "非公有制企业", "民营", "私营", "外资");

  private final List<String> chinese;

  Ownership(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }
}
