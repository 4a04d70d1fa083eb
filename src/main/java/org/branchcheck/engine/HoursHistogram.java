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
  /** The line of a sum over datasets whose required hours differ: there is no one line to draw. */
  public static final double MIXED = -1;
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
    Counter counter = new Counter(line);
    hours.forEach(counter::add);
    return counter.histogram();
  }

  /** Counts hours one member at a time, so that a district's are not kept as a list. */
  public static final class Counter {
    private final long[] counts = new long[BINS];
    private final double line;
    private long below;

    public Counter(double line) {
      this.line = line;
    }

    public void add(double h) {
      counts[(int) Math.min(BINS - 1, Math.max(0, Math.floor(h / BIN_WIDTH)))]++;
      if (line > 0 && h < line) {
        below++;
      }
    }

    public HoursHistogram histogram() {
      List<Long> list = new ArrayList<>();
      for (long c : counts) {
        list.add(c);
      }
      return new HoursHistogram(List.copyOf(list), line, below);
    }
  }

  public long total() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Sums two histograms. {@code below} stays each dataset's count against its own line; the line
   * is kept when both agree (or one has none) and is {@link #MIXED} when they differ.
   */
  public HoursHistogram plus(HoursHistogram o) {
    List<Long> sum = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      sum.add(counts.get(i) + o.counts.get(i));
    }
    double sumLine;
    if (line == 0 || line == o.line) {
      sumLine = o.line;
    } else if (o.line == 0) {
      sumLine = line;
    } else {
      sumLine = MIXED;
    }
    return new HoursHistogram(List.copyOf(sum), sumLine, below + o.below);
  }

  /** The label of bin {@code i}: "0–5", …, "60+". */
  public static String label(int i) {
    int from = i * BIN_WIDTH;
    return i == BINS - 1 ? from + "+" : from + "–" + (from + BIN_WIDTH);
  }
}
