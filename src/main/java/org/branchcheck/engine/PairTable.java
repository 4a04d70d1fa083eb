package org.branchcheck.engine;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * A finished map from (member, session) pairs to ints, as two sorted arrays: 12 bytes a pair
 * where the hash map it is made from costs about 30, and a member's pairs lie together.
 */
final class PairTable {
  private final long[] keys;
  private final int[] values;

  private PairTable(long[] keys, int[] values) {
    this.keys = keys;
    this.values = values;
  }

  static PairTable of(Long2IntOpenHashMap map) {
    long[] keys = map.keySet().toLongArray();
    Arrays.sort(keys);
    int[] values = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = map.get(keys[i]);
    }
    return new PairTable(keys, values);
  }

  static long key(int member, int session) {
    return ((long) member << 32) | (session & 0xffffffffL);
  }

  int get(int member, int session, int absent) {
    int i = Arrays.binarySearch(keys, key(member, session));
    return i >= 0 ? values[i] : absent;
  }

  /** The sessions paired with the member, in session-number order. */
  int[] sessionsOf(int member) {
    int from = Arrays.binarySearch(keys, key(member, 0));
    from = from >= 0 ? from : -from - 1;
    int to = from;
    while (to < keys.length && (keys[to] >>> 32) == member) {
      to++;
    }
    int[] sessions = new int[to - from];
    for (int i = from; i < to; i++) {
      sessions[i - from] = (int) keys[i];
    }
    return sessions;
  }
}
