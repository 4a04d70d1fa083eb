package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** Kinds of meeting the rules look for. */
public enum MeetingKind implements Coded {
  MOBILISATION("mobilisation", "动员大会", "动员会"),
  ASSEMBLY("assembly", "党员大会"),
  ORG_LIFE("org_life", "组织生活会"),
  DEMOCRATIC_LIFE("democratic_life", "民主生活会"),
  APPRAISAL("appraisal", "民主评议", "民主评议党员"),
  DISCIPLINE("discipline", "党纪教育"),
  LOOK_BACK("look_back", "回头看"),
  TRANSITION("transition", "转段分析会"),
  TALK("talk", "谈心", "谈心活动");

  private final String code;
  private final List<String> spellings;

  MeetingKind(String code, String... chinese) {
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
