package org.branchcheck.io;

import java.util.Arrays;

/**
 * An {@link IdTable} lookup that remembers the last id asked for. Attendance exports list a
 * member's rows together, or a session's sign-in sheet together, so most rows repeat the id of the
 * row before: a comparison of a few bytes instead of a hash and up to three cache misses in tables
 * of millions of ids.
 */
final class LastIdLookup {
  private final IdTable table;
  private byte[] last = new byte[32];
  private int lastLength = -1;
  private int lastValue;

  LastIdLookup(IdTable table) {
    this.table = table;
  }

  /** As {@link IdTable#get(byte[], int, int)}. */
  int get(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length == lastLength && Arrays.equals(bytes, from, to, last, 0, length)) {
      return lastValue;
    }
    lastValue = table.get(bytes, from, to);
    if (length > last.length) {
      last = new byte[length];
    }
    System.arraycopy(bytes, from, last, 0, length);
    lastLength = length;
    return lastValue;
  }
}
