package org.branchcheck.engine;

import java.util.Arrays;
import org.branchcheck.io.IdTable;

/**
 * From a record's position in its table to the number of its id (the entry of the id table),
 * for the records that are their id's first; -1 for a repeat. Without repeated ids, position and
 * number agree and no array is kept.
 */
final class RowNumbers {
  private final int rows;
  /** Null when every record is its id's first. */
  private final int[] numberOfRow;

  /** @param ids each id mapped to the position of its first record among {@code rows} records */
  RowNumbers(IdTable ids, int rows) {
    this.rows = rows;
    if (ids.size() == rows) {
      numberOfRow = null;
    } else {
      numberOfRow = new int[rows];
      Arrays.fill(numberOfRow, -1);
      for (int e = 0; e < ids.size(); e++) {
        numberOfRow[ids.value(e)] = e;
      }
    }
  }

  /** The number of the id whose first record is at {@code row}, or -1. */
  int numberOf(int row) {
    if (row < 0 || row >= rows) {
      return -1;
    }
    return numberOfRow == null ? row : numberOfRow[row];
  }
}
