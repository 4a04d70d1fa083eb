package org.branchcheck.model;

import java.util.List;

/**
 * What became of an opinion gathered from the masses (seed 004: "能改的立即整改,不能整改的向群众说明情况",
 * the rest rectified within a deadline).
 */
public enum OpinionStatus implements Coded {
  OPEN("未整改", "待整改"),
  SCHEDULED("限期整改", "正在整改"),
  RECTIFIED("已整改", "整改完成"),
  EXPLAINED("已说明", "已向群众说明", "不能整改已说明");

  private final List<String> chinese;

  OpinionStatus(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }
}
