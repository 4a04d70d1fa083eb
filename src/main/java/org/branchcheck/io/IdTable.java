package org.branchcheck.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids (their UTF-8 bytes) mapped to numbers, in an open-addressing table over one byte array:
 * about 20 bytes per id where a map of strings costs 80, and looked up straight from the bytes of
 * a line being scanned, without making a string. The first number given for an id stays.
 * Safe to read from many threads once filled.
 */
public final class IdTable {
  private byte[] keys = new byte[1 << 16];
  private int keysUsed;
  private int[] keyStart = new int[1024];
  /** Null while every value is its entry's number (ids given their own positions: usual). */
  private int[] values;
  private int size;
  private int[] slots = new int[2048];

  /** Maps {@code id} to {@code value} unless it is there already; returns the value it has. */
  public int putIfAbsent(String id, int value) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    int slot = find(b, 0, b.length);
    if (slots[slot] != 0) {
      return value(slots[slot] - 1);
    }
    if (keysUsed + b.length > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysUsed + b.length));
    }
    if (size + 1 >= keyStart.length) {
      keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
    }
    if (values == null && value != size) {
      values = new int[keyStart.length];
      Arrays.setAll(values, i -> i);
    }
    if (values != null) {
      if (size >= values.length) {
        values = Arrays.copyOf(values, keyStart.length);
      }
      values[size] = value;
    }
    System.arraycopy(b, 0, keys, keysUsed, b.length);
    keyStart[size] = keysUsed;
    keysUsed += b.length;
    keyStart[size + 1] = keysUsed;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return value;
  }

  /** The number of the id in {@code bytes[from, to)}, or -1. */
  public int get(byte[] bytes, int from, int to) {
    int slot = find(bytes, from, to);
    return slots[slot] == 0 ? -1 : value(slots[slot] - 1);
  }

  public int get(String id) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    return get(b, 0, b.length);
  }

  public boolean contains(String id) {
    return get(id) >= 0;
  }

  public int size() {
    return size;
  }

  /** The value given with the id added {@code entry}-th (from 0). */
  public int value(int entry) {
    return values == null ? entry : values[entry];
  }

  /**
   * Gives up looking ids up (the hash slots, a third of the table), keeping the ids by number:
   * for a table whose lookups are over, such as the sessions once attendance is folded.
   */
  public void dropLookups() {
    slots = null;
  }

  /** Gives back the room kept for more ids: for a table that is full, kept for a long run. */
  public void trim() {
    keys = Arrays.copyOf(keys, keysUsed);
    keyStart = Arrays.copyOf(keyStart, size + 2);
    if (values != null) {
      values = Arrays.copyOf(values, size + 1);
    }
  }

  /** The ids of {@code records}, each mapped to the position of its first record. */
  public static <T> IdTable firstPositions(java.util.List<T> records,
      java.util.function.Function<T, String> id) {
    IdTable table = new IdTable();
    for (int i = 0; i < records.size(); i++) {
      table.putIfAbsent(id.apply(records.get(i)), i);
    }
    return table;
  }

  /** The id added {@code entry}-th (from 0). */
  public String key(int entry) {
    return new String(keys, keyStart[entry], keyStart[entry + 1] - keyStart[entry],
        StandardCharsets.UTF_8);
  }

  /** Compares two entries' ids as {@link String#compareTo} compares them. */
  public int compareKeys(int a, int b) {
    int i = keyStart[a];
    int j = keyStart[b];
    int aEnd = keyStart[a + 1];
    int bEnd = keyStart[b + 1];
    while (i < aEnd && j < bEnd && keys[i] == keys[j]) {
      i++;
      j++;
    }
    if (i < aEnd && j < bEnd && (keys[i] < 0 || keys[j] < 0)) {
      // UTF-8 byte order is code point order, which is not String order past U+FFFF.
      return key(a).compareTo(key(b));
    }
    return i < aEnd && j < bEnd ? keys[i] - keys[j] : (aEnd - i) - (bEnd - j);
  }

  private int find(byte[] bytes, int from, int to) {
    if (slots == null) {
      throw new IllegalStateException("ids are no longer looked up in this table");
    }
    int mask = slots.length - 1;
    int slot = hash(bytes, from, to) & mask;
    while (true) {
      int e = slots[slot];
      if (e == 0 || Arrays.equals(keys, keyStart[e - 1], keyStart[e], bytes, from, to)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  private void rehash() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int e : old) {
      if (e != 0) {
        int slot = hash(keys, keyStart[e - 1], keyStart[e]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = e;
      }
    }
  }
}
