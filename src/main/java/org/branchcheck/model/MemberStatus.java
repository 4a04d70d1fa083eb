package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** Employment status of a member. */
public enum MemberStatus implements Coded {
  ACTIVE("active", "在职"),
  RETIRED("retired", "离退休", "退休", "离休"),
  MOBILE("mobile", "流动", "流动党员");

  private final String code;
  private final List<String> spellings;

  MemberStatus(String code, String... chinese) {
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
