package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many assessed (not exempt) members studied how long, in bins of {@value #BIN_WIDTH} hours
 * with the last bin open-ended, and the required hours as a line to draw against. A histogram
 * rather than one number per member keeps a district's result small and makes datasets summable.
 */
public record HoursHistogram(List<Long> counts, double line, long below) {
  public static final int BIN_WIDTH = 5;
  public static final int BINS = 13;

  public static HoursHistogram empty(double line) {
    List<Long> zeros = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      zeros.add(0L);
    }
    return new HoursHistogram(List.copyOf(zeros), line, 0);
  }

  public static HoursHistogram of(Collection<Double> hours, double line) {
    long[] counts = new long[BINS];
    long below = 0;
    for (double h : hours) {
      counts[(int) Math.min(BINS - 1, Math.max(0, Math.floor(h / BIN_WIDTH)))]++;
      if (line > 0 && h < line) {
        below++;
      }
    }
    List<Long> list = new ArrayList<>();
    for (long c : counts) {
      list.add(c);
    }
    return new HoursHistogram(List.copyOf(list), line, below);
  }

  public long total() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /** Sums two histograms; the line is kept when both agree, else the first non-zero one. */
  public HoursHistogram plus(HoursHistogram o) {
    List<Long> sum = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      sum.add(counts.get(i) + o.counts.get(i));
    }
    return new HoursHistogram(List.copyOf(sum), line > 0 ? line : o.line, below + o.below);
  }

  /** The label of bin {@code i}: "0–5", …, "60+". */
  public static String label(int i) {
    int from = i * BIN_WIDTH;
    return i == BINS - 1 ? from + "+" : from + "–" + (from + BIN_WIDTH);
  }
}
