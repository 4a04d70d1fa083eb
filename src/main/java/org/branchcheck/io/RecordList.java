package org.branchcheck.io;

import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The records of a table kept in a {@link RecordArena}, decoded on each {@code get}: a list that
 * costs bytes per row, not objects. Records that cannot be rebuilt from the arena alone (an essay
 * whose text was read) are kept as objects in {@code kept}.
 */
final class RecordList<T> extends AbstractList<T> implements RandomAccess {
  private final RecordArena<T> arena;
  private final Map<Integer, T> kept;

  RecordList(RecordArena<T> arena, Map<Integer, T> kept) {
    this.arena = arena;
    this.kept = kept;
  }

  @Override
  public T get(int index) {
    T k = kept.get(index);
    return k != null ? k : arena.get(index);
  }

  @Override
  public int size() {
    return arena.size();
  }
}
