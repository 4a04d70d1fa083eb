package org.branchcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each variable of a compiled expression lives in the frame: a top-level variable
 * ({@code params}, {@code member}, …) gets a slot when first read; each comprehension gets two,
 * its item and its accumulator, visible by name while its scope is open (the innermost wins).
 */
final class Variables {
  private final Map<String, Integer> topLevel = new LinkedHashMap<>();
  private final List<Map.Entry<String, Integer>> locals = new ArrayList<>();
  private int slots;

  /** The slot of a comprehension variable in scope, or -1. */
  int local(String name) {
    for (int i = locals.size() - 1; i >= 0; i--) {
      if (locals.get(i).getKey().equals(name)) {
        return locals.get(i).getValue();
      }
    }
    return -1;
  }

  int topLevel(String name) {
    return topLevel.computeIfAbsent(name, n -> slots++);
  }

  int fresh() {
    return slots++;
  }

  void open(String name, int slot) {
    locals.add(Map.entry(name, slot));
  }

  void close() {
    locals.remove(locals.size() - 1);
  }

  /** Top-level variable names and their slots, in order of first use. */
  Map<String, Integer> topLevel() {
    return topLevel;
  }

  int count() {
    return slots;
  }
}
