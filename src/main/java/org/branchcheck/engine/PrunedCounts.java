package org.branchcheck.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * Check-stage passes and not-applicable findings left out of a result under
 * {@code --failures-only}, counted per organisation: a district of a million members would
 * otherwise hold twenty million findings that no listing shows, while the counts still appear.
 */
public record PrunedCounts(Map<String, long[]> byOrg) {
  public static final PrunedCounts NONE = new PrunedCounts(Map.of());

  /** Counts being gathered; not thread-safe. */
  static final class Builder {
    private final Map<String, long[]> byOrg = new TreeMap<>();

    void add(Finding f) {
      long[] c = byOrg.computeIfAbsent(f.org(), k -> new long[2]);
      c[f.outcome() == Outcome.PASS ? 0 : 1]++;
    }

    PrunedCounts build() {
      return byOrg.isEmpty() ? NONE : new PrunedCounts(byOrg);
    }
  }

  /** Left-out findings of the organisation with this outcome (PASS or NOT_APPLICABLE). */
  public long of(String org, Outcome outcome) {
    long[] c = byOrg.get(org);
    return c == null ? 0 : slot(c, outcome);
  }

  /** Left-out findings with this outcome over the whole dataset. */
  public long total(Outcome outcome) {
    return byOrg.values().stream().mapToLong(c -> slot(c, outcome)).sum();
  }

  private static long slot(long[] c, Outcome outcome) {
    return switch (outcome) {
      case PASS -> c[0];
      case NOT_APPLICABLE -> c[1];
      default -> 0;
    };
  }
}
