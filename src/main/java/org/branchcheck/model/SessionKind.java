package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** Forms of study; every form but self-study is collective (集中学习). */
public enum SessionKind implements Coded {
  COLLECTIVE("collective", "集中学习", "集中"),
  SELF("self", "自学"),
  LECTURE("lecture", "党课"),
  DISCUSSION("discussion", "讨论", "专题讨论"),
  VIDEO("video", "电教", "电教片"),
  VISIT("visit", "参观", "参观学习");

  private final String code;
  private final List<String> spellings;

  SessionKind(String code, String... chinese) {
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

  public boolean collective() {
    return this != SELF;
  }
}
