package org.branchcheck.io;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Character n-gram fingerprints of essays, for finding copies. The text is normalised (NFKC, so
 * full- and half-width forms agree; lower case; only letters and digits kept, so re-spacing or
 * re-punctuating a copy changes nothing) and cut into overlapping 5-character shingles, each hashed
 * to 64 bits. The similarity of two essays is the Jaccard index of their shingle sets.
 *
 * <p>The signature is one-permutation MinHash: one hash per shingle picks one of 128 bins and the
 * bin keeps its smallest value, so a signature costs one hash per shingle instead of 128; empty
 * bins take the next filled bin's value, marked with the distance (densification by rotation,
 * Shrivastava and Li 2014). Two signatures agree in about a Jaccard-index share of their bins.
 */
public final class EssayFingerprint {
  /** Shingle length: short enough that a light edit spoils few shingles, long enough that two
   * essays on the same topic share few beyond set phrases. */
  public static final int SHINGLE = 5;
  public static final int BINS = 128;
  /** Texts with fewer normalised characters get no signature: too short to call a copy. */
  public static final int MIN_CHARS = 50;

  private static final long EMPTY = Long.MAX_VALUE;

  private EssayFingerprint() {}

  /** The distinct shingle hashes of a text, sorted. */
  public static long[] shingles(String text) {
    return shingles(normalised(text));
  }

  private static long[] shingles(int[] cps) {
    if (cps.length < SHINGLE) {
      return new long[0];
    }
    long[] out = new long[cps.length - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < SHINGLE; k++) {
        h = (h ^ cps[i + k]) * 0x100000001B3L;
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The text's signature; empty when it has fewer than {@link #MIN_CHARS} normalised characters. */
  public static int[] signature(String text) {
    int[] cps = normalised(text);
    return cps.length < MIN_CHARS ? new int[0] : signature(shingles(cps));
  }

  static int[] signature(long[] shingles) {
    long[] bins = new long[BINS];
    Arrays.fill(bins, EMPTY);
    for (long h : shingles) {
      int bin = (int) (h >>> 57);
      long value = h & 0xFFFFFFFFL;
      if (value < bins[bin]) {
        bins[bin] = value;
      }
    }
    int[] out = new int[BINS];
    for (int i = 0; i < BINS; i++) {
      int d = 0;
      while (d < BINS && bins[(i + d) % BINS] == EMPTY) {
        d++;
      }
      out[i] = d == BINS ? 0 : (int) mix(bins[(i + d) % BINS] * 31 + d);
    }
    return out;
  }

  /** The Jaccard index of two sorted shingle sets. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** The share of bins in which two signatures agree: an estimate of the Jaccard index. */
  public static double estimate(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < BINS; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / BINS;
  }

  private static int[] normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
        .filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
  }

  /** SplitMix64's finaliser: spreads every input bit over the whole hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
