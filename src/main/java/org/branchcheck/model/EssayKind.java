package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** Written work a member hands in. */
public enum EssayKind implements Coded {
  ESSAY("essay", "心得体会", "体会文章", "心得"),
  NOTES("notes", "学习笔记", "读书笔记", "笔记"),
  ANALYSIS("analysis", "党性分析材料", "党性分析"),
  SUMMARY("summary", "阶段小结", "小结");

  private final String code;
  private final List<String> spellings;

  EssayKind(String code, String... chinese) {
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
}
