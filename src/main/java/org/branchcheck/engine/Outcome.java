package org.branchcheck.engine;

/** The outcome of one rule for one subject. */
public enum Outcome {
  FAIL,
  WAIVED,
  EXEMPT,
  PASS,
  NOT_APPLICABLE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
