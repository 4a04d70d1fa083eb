package org.branchcheck.engine;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;

/**
 * Some findings of a {@link FindingList}, by their indexes in ascending order: a view that holds
 * four bytes per finding and decodes each finding as it is read, each page once per iteration.
 * Safe to read from several threads at once, as the list is.
 */
final class FindingSelection extends AbstractList<Finding> implements RandomAccess {
  private final FindingList list;
  private final int[] positions;

  FindingSelection(FindingList list, int[] positions) {
    this.list = list;
    this.positions = positions;
  }

  @Override
  public int size() {
    return positions.length;
  }

  @Override
  public Finding get(int index) {
    return list.get(positions[index]);
  }

  @Override
  public Iterator<Finding> iterator() {
    return new Iterator<>() {
      private final FindingList.Cursor cursor = list.cursor();
      private int next;

      @Override
      public boolean hasNext() {
        return next < positions.length;
      }

      @Override
      public Finding next() {
        if (next >= positions.length) {
          throw new NoSuchElementException();
        }
        return cursor.get(positions[next++]);
      }
    };
  }

  @Override
  public Spliterator<Finding> spliterator() {
    return Spliterators.spliterator(iterator(), size(),
        Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
  }
}
