package org.branchcheck.engine;

/** How one dataset came out of a run, worst first. The run's status is its worst dataset's. */
public enum DatasetStatus {
  UNREADABLE,
  FAILED,
  PASSED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public DatasetStatus worse(DatasetStatus other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
