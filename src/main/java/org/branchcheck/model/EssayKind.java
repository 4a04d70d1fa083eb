package org.branchcheck.model;

import java.util.List;

/** Written work a member hands in. */
public enum EssayKind implements Coded {
  ESSAY("心得体会", "体会文章", "心得"),
  NOTES("学习笔记", "读书笔记", "笔记"),
  ANALYSIS("党性分析材料", "党性分析"),
  SUMMARY("阶段小结", "小结"),
  PLAN("个人学习计划", "学习计划"),
  READING("读书", "精读", "读书记录"),
  EXCHANGE("学习交流", "交流发言");

  private final List<String> chinese;

  EssayKind(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }
}
