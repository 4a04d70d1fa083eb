package org.branchcheck.engine;

import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * How many findings of a list have each stage, outcome and severity: counted once while the list
 * is built, so that a result's summary, status and roll-up cost nothing however many findings it
 * holds. Immutable.
 */
public final class FindingCounts {
  private static final int STAGES = Stage.values().length + 1;
  private static final int OUTCOMES = Outcome.values().length + 1;
  private static final int SEVERITIES = Severity.values().length + 1;

  private final long[] counts;

  private FindingCounts(long[] counts) {
    this.counts = counts;
  }

  /** Counts of the packed kinds ({@link FindingKind}) of a list's findings. */
  static FindingCounts of(short[] kinds, int size) {
    long[] counts = new long[STAGES * OUTCOMES * SEVERITIES];
    for (int i = 0; i < size; i++) {
      short k = kinds[i];
      counts[slot(FindingKind.stageCode(k), FindingKind.outcomeCode(k),
          FindingKind.severityCode(k))]++;
    }
    return new FindingCounts(counts);
  }

  FindingCounts plus(FindingCounts other) {
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new FindingCounts(sum);
  }

  /** Findings with this stage, outcome and severity; a null argument matches any. */
  public long count(Stage stage, Outcome outcome, Severity severity) {
    long n = 0;
    for (int s = 0; s < STAGES; s++) {
      for (int o = 0; o < OUTCOMES; o++) {
        for (int v = 0; v < SEVERITIES; v++) {
          if (matches(stage, s) && matches(outcome, o) && matches(severity, v)) {
            n += counts[slot(s, o, v)];
          }
        }
      }
    }
    return n;
  }

  private static boolean matches(Enum<?> wanted, int code) {
    return wanted == null || FindingKind.code(wanted) == code;
  }

  private static int slot(int stage, int outcome, int severity) {
    return (stage * OUTCOMES + outcome) * SEVERITIES + severity;
  }
}
