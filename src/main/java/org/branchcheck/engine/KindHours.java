package org.branchcheck.engine;

import org.branchcheck.model.SessionKind;

/**
 * Each member's hours (in hundredths) by session kind, a column per kind made when a kind is first
 * seen. Columns are 16-bit, a quarter of longs at a million members: up to 655.35 hours of one
 * kind, sixteen times the forty required; a column where a member has more is widened to longs
 * from then on.
 */
final class KindHours {
  private static final int KINDS = SessionKind.values().length;

  private final int members;
  private final char[][] narrow = new char[KINDS][];
  private final long[][] wide = new long[KINDS][];
  private final byte[] kindsSeen;

  KindHours(int members) {
    this.members = members;
    kindsSeen = new byte[members];
  }

  void add(SessionKind kind, int m, long hoursCenti) {
    int k = kind.ordinal();
    kindsSeen[m] |= (byte) (1 << k);
    if (wide[k] != null) {
      wide[k][m] += hoursCenti;
      return;
    }
    if (narrow[k] == null) {
      narrow[k] = new char[members];
    }
    long sum = narrow[k][m] + hoursCenti;
    if (sum >= 0 && sum <= Character.MAX_VALUE) {
      narrow[k][m] = (char) sum;
      return;
    }
    wide[k] = new long[members];
    for (int i = 0; i < members; i++) {
      wide[k][i] = narrow[k][i];
    }
    narrow[k] = null;
    wide[k][m] = sum;
  }

  /** Whether the member attended a session of this kind (possibly of zero hours). */
  boolean seen(SessionKind kind, int m) {
    return (kindsSeen[m] & (1 << kind.ordinal())) != 0;
  }

  long get(SessionKind kind, int m) {
    int k = kind.ordinal();
    return wide[k] != null ? wide[k][m] : narrow[k] != null ? narrow[k][m] : 0;
  }
}
