package org.branchcheck.rules;

/** How much a failure matters: an error blocks the transition, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
