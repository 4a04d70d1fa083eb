package org.branchcheck.engine;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;

/**
 * The strings findings repeat (rule ids, titles, organisations, file names), each kept once and
 * referred to by its index; index 0 stands for null. Appended to by one thread while findings are
 * built; what a list reads is a {@link #snapshot}, which never changes, and every later snapshot
 * starts with the earlier ones, so lists built over one table can be joined as they are.
 */
final class FindingStrings {
  private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
  private String[] strings = new String[16];
  private int size = 1;

  int intern(String s) {
    if (s == null) {
      return 0;
    }
    int i = index.getOrDefault(s, -1);
    if (i < 0) {
      if (size == strings.length) {
        strings = Arrays.copyOf(strings, size * 2);
      }
      i = size++;
      strings[i] = s;
      index.put(s, i);
    }
    return i;
  }

  String[] snapshot() {
    return Arrays.copyOf(strings, size);
  }
}
