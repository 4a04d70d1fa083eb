package org.branchcheck.model;

import java.util.List;

/** Employment status of a member. */
public enum MemberStatus implements Coded {
  ACTIVE("在职"),
  RETIRED("离退休", "退休", "离休"),
  MOBILE("流动", "流动党员");

  private final List<String> chinese;

  MemberStatus(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }
}
