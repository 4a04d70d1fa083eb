package org.branchcheck.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sheet's non-empty cells as read, row by row, and its merged ranges: what the sheet's XML says
 * before any header is looked for. Merged ranges come at the end of a sheet's XML, after every
 * row, so the rows are kept until the sheet has been read.
 */
final class SheetCells {
  /** A cell holding a number (not a date): a date column may read it as a date serial. */
  static final byte NUMBER = 1;
  /** A cell holding text, a boolean, or a number shown as a date (already a date). */
  static final byte TEXT = 0;

  /** One row's cells in column order: 1-based columns, their text and kind. */
  record Row(int row, int[] columns, String[] texts, byte[] kinds) {
    /** Where a 1-based column's cell is among the row's cells, or -1 when it is empty. */
    int indexOf(int column) {
      int i = Arrays.binarySearch(columns, column);
      return i < 0 ? -1 : i;
    }

    /** The text in a 1-based column, or "". */
    String text(int column) {
      int i = indexOf(column);
      return i < 0 ? "" : texts[i];
    }
  }

  /** A merged range, 1-based and inclusive. */
  record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    boolean covers(int row, int column) {
      return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
  }

  final List<Row> rows = new ArrayList<>();
  final List<Merge> merges = new ArrayList<>();
}
