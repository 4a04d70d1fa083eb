package org.branchcheck.rules;

/** What a rule is evaluated for: each member, or each organisation. */
public enum Scope {
  MEMBER,
  ORG;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
