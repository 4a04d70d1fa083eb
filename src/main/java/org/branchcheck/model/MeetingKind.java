package org.branchcheck.model;

import java.util.List;

/** Kinds of meeting the rules look for. */
public enum MeetingKind implements Coded {
  MOBILISATION("动员大会", "动员会"),
  ASSEMBLY("党员大会"),
  ORG_LIFE("组织生活会"),
  DEMOCRATIC_LIFE("民主生活会"),
  APPRAISAL("民主评议", "民主评议党员"),
  DISCIPLINE("党纪教育"),
  LOOK_BACK("回头看"),
  TRANSITION("转段分析会"),
  TALK("谈心", "谈心活动"),
  CONSULTATION("征求意见", "征求意见座谈会"),
  PUBLICATION("公布整改方案", "整改方案公布", "公示整改方案");

  private final List<String> chinese;

  MeetingKind(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }
}
