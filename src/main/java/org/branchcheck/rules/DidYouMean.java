package org.branchcheck.rules;

import java.util.Collection;
import java.util.Optional;

/**
 * The hint a rule author needs after a typo: the known name closest to what was written, if it is
 * close enough (edit distance at most a third of its length) to be the one meant.
 */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String written, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known.stream().sorted().toList()) {
      int d = distance(written, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance == 0
        || bestDistance > Math.max(1, Math.max(written.length(), best.length()) / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** "; did you mean 'x'?" or nothing, for appending to a message. */
  public static String hint(String written, Collection<String> known) {
    return closest(written, known).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /** The problem text for a key a YAML mapping may not have, with the closest allowed one. */
  public static String unknownKey(String key, Collection<String> allowed, String where) {
    return "unknown key '" + key + "' in " + where + hint(key, allowed) + " (expected one of "
        + allowed.stream().sorted().toList() + ")";
  }

  /** Optimal string alignment distance: a swapped pair of letters counts as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
