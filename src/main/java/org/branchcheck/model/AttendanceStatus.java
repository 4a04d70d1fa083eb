package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** A member's attendance at one session; home study (送学上门) counts as attended. */
public enum AttendanceStatus implements Coded {
  PRESENT("present", "出席", "出勤", "到"),
  LEAVE("leave", "请假"),
  ABSENT("absent", "缺席", "缺勤"),
  MAKEUP("makeup", "补课"),
  HOME("home", "送学上门", "送课上门");

  private final String code;
  private final List<String> spellings;

  AttendanceStatus(String code, String... chinese) {
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

  /** Whether the row earns study hours. */
  public boolean attended() {
    return this == PRESENT || this == MAKEUP || this == HOME;
  }
}
