package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** Kinds of party organisation; the temporary kinds are set up for the campaign only. */
public enum OrgKind implements Coded {
  COMMITTEE("committee", "党委", "党工委", "工委"),
  GENERAL_BRANCH("general_branch", "党总支", "总支"),
  BRANCH("branch", "党支部", "支部"),
  JOINT_BRANCH("joint_branch", "联合党支部", "联合支部"),
  TEMP_BRANCH("temp_branch", "临时党支部", "临时支部"),
  TEMP_GROUP("temp_group", "临时党小组"),
  TEMP_JOINT_BRANCH("temp_joint_branch", "临时联合党支部", "临时的联合党支部"),
  GROUP("group", "党小组");

  private final String code;
  private final List<String> spellings;

  OrgKind(String code, String... chinese) {
    this.code = code;
    this.spellings = Stream.concat(Stream.of(code), Stream.of(chinese)).toList();
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<String> spellings() {
    return spellings;
  }

  public boolean temporary() {
    return this == TEMP_BRANCH || this == TEMP_GROUP || this == TEMP_JOINT_BRANCH;
  }
}
