package org.branchcheck.engine;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * Which (member, session) pairs were attended. A member mostly attends their own organisation's
 * sessions: those are bits in a per-member bitmap as wide as that organisation's session count;
 * any other pair (a district lecture, an organisation with hundreds of sessions) goes to a set.
 */
final class AttendedSessions {
  private static final int MAX_WORDS = 4;
  private final SessionTable sessions;
  private final MemberIndex members;
  private final int[] offset;
  private final long[] words;
  private final LongOpenHashSet others = new LongOpenHashSet();

  AttendedSessions(SessionTable sessions, MemberIndex members) {
    this.sessions = sessions;
    this.members = members;
    offset = new int[members.size() + 1];
    long next = 0;
    for (int m = 0; m < members.size(); m++) {
      offset[m] = (int) next;
      int w = (sessions.countInOrg(members.org(m)) + 63) >>> 6;
      next += w <= MAX_WORDS ? w : 0;
      if (next > Integer.MAX_VALUE - 8) {
        next = offset[m];
      }
    }
    offset[members.size()] = (int) next;
    words = new long[(int) next];
  }

  boolean add(int m, int s) {
    int bit = bit(m, s);
    if (bit < 0) {
      return others.add(PairTable.key(m, s));
    }
    long mask = 1L << (bit & 63);
    int w = offset[m] + (bit >>> 6);
    boolean fresh = (words[w] & mask) == 0;
    words[w] |= mask;
    return fresh;
  }

  boolean contains(int m, int s) {
    int bit = bit(m, s);
    return bit < 0 ? others.contains(PairTable.key(m, s))
        : (words[offset[m] + (bit >>> 6)] & (1L << (bit & 63))) != 0;
  }

  /** The pair's bit in the member's bitmap, or -1 when the pair is kept in the set. */
  private int bit(int m, int s) {
    int width = (offset[m + 1] - offset[m]) << 6;
    int org = members.org(m);
    return org >= 0 && sessions.org(s) == org && sessions.rankInOrg(s) < width
        ? sessions.rankInOrg(s) : -1;
  }
}
