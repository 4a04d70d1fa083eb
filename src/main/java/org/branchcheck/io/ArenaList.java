package org.branchcheck.io;

import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The records of a table kept in a {@link RowArena}, bound again from their text on each
 * {@code get}: a list that costs bytes per row, not objects. Records that cannot be rebuilt from
 * text alone (an essay whose file was read) are kept as objects in {@code kept}.
 */
final class ArenaList<T> extends AbstractList<T> implements RandomAccess {
  private final RowArena arena;
  private final Map<String, String> codes;
  private final Function<RowReader, T> bind;
  private final Map<Integer, T> kept;

  ArenaList(RowArena arena, Map<String, String> codes, Function<RowReader, T> bind,
      Map<Integer, T> kept) {
    this.arena = arena;
    this.codes = codes;
    this.bind = bind;
    this.kept = kept;
  }

  @Override
  public T get(int index) {
    T k = kept.get(index);
    return k != null ? k : RecordBinder.rebind(arena.row(index), codes, bind);
  }

  @Override
  public int size() {
    return arena.size();
  }
}
