package org.branchcheck.model;

import java.util.List;

/** Forms of study; every form but self-study is collective (集中学习). */
public enum SessionKind implements Coded {
  COLLECTIVE("集中学习", "集中"),
  SELF("自学"),
  LECTURE("党课"),
  DISCUSSION("讨论", "专题讨论"),
  VIDEO("电教", "电教片"),
  VISIT("参观", "参观学习");

  private final List<String> chinese;

  SessionKind(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }

  public boolean collective() {
    return this != SELF;
  }
}
