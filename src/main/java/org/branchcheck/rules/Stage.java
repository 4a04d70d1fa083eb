package org.branchcheck.rules;

/**
 * When a rule runs. {@code CHECK} rules read the records; {@code VERDICT} rules run after every
 * check rule and can read {@code rollup}, the failures counted over the organisation and everything
 * beneath it. Verdict findings are not counted in any roll-up.
 */
public enum Stage {
  CHECK,
  VERDICT;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
