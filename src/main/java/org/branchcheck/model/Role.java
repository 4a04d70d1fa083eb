package org.branchcheck.model;

import java.util.List;
import java.util.stream.Stream;

/** A member's role in the campaign. */
public enum Role implements Coded {
  MEMBER("member", "党员", "普通党员"),
  LEADER("leader", "党员领导干部", "领导干部"),
  SECRETARY("secretary", "书记", "支部书记", "党组织书记");

  private final String code;
  private final List<String> spellings;

  Role(String code, String... chinese) {
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
