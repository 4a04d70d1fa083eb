package org.branchcheck.model;

import java.util.List;

/** Kinds of party organisation; the temporary kinds are set up for the campaign only. */
public enum OrgKind implements Coded {
  COMMITTEE("党委", "党工委", "工委"),
  GENERAL_BRANCH("党总支", "总支"),
  BRANCH("党支部", "支部"),
  JOINT_BRANCH("联合党支部", "联合支部"),
  TEMP_BRANCH("临时党支部", "临时支部"),
  TEMP_GROUP("临时党小组"),
  TEMP_JOINT_BRANCH("临时联合党支部", "临时的联合党支部"),
  GROUP("党小组");

  private final List<String> chinese;

  OrgKind(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }

  public boolean temporary() {
    return this == TEMP_BRANCH || this == TEMP_GROUP || this == TEMP_JOINT_BRANCH;
  }
}
