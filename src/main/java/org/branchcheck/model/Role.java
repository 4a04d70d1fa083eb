package org.branchcheck.model;

import java.util.List;

/** A member's role in the campaign. */
public enum Role implements Coded {
  MEMBER("党员", "普通党员"),
  LEADER("党员领导干部", "领导干部"),
  SECRETARY("书记", "支部书记", "党组织书记");

  private final List<String> chinese;

  Role(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }
}
