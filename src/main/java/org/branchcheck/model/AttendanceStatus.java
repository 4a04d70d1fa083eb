package org.branchcheck.model;

import java.util.List;

/** A member's attendance at one session; home study (送学上门) counts as attended. */
public enum AttendanceStatus implements Coded {
  PRESENT("出席", "出勤", "到"),
  LEAVE("请假"),
  ABSENT("缺席", "缺勤"),
  MAKEUP("补课"),
  HOME("送学上门", "送课上门");

  private final List<String> chinese;

  AttendanceStatus(String... chinese) {
    this.chinese = List.of(chinese);
  }

  @Override
  public List<String> chinese() {
    return chinese;
  }

  /** Whether the row earns study hours. */
  public boolean attended() {
    return this == PRESENT || this == MAKEUP || this == HOME;
  }
}
