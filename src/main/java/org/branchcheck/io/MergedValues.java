package org.branchcheck.io;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values merged down a column below the header: a sign-in sheet merges one session's id or
 * date over all its rows, and each of those rows means it. Only a range's first column is filled:
 * a value merged across columns (请假 over status and hours) belongs to the first of them.
 */
final class MergedValues {
  /** By column, the ranges starting in it, by their first row. */
  private final Map<Integer, TreeMap<Integer, SheetCells.Merge>> byColumn = new HashMap<>();
  /** The rows where such ranges start, by row number. */
  private final Map<Integer, SheetCells.Row> tops = new HashMap<>();

  MergedValues(SheetCells cells, int lastHeaderRow) {
    for (SheetCells.Merge m : cells.merges) {
      if (m.firstRow() > lastHeaderRow && m.lastRow() > m.firstRow()) {
        byColumn.computeIfAbsent(m.firstColumn(), k -> new TreeMap<>()).put(m.firstRow(), m);
        tops.put(m.firstRow(), null);
      }
    }
    for (SheetCells.Row r : cells.rows) {
      if (tops.containsKey(r.row())) {
        tops.put(r.row(), r);
      }
    }
  }

  /** The row whose cell is merged down over this one, or null. */
  SheetCells.Row topRow(int row, int column) {
    TreeMap<Integer, SheetCells.Merge> ranges = byColumn.get(column);
    if (ranges == null) {
      return null;
    }
    Map.Entry<Integer, SheetCells.Merge> e = ranges.floorEntry(row);
    if (e == null || e.getKey() == row || e.getValue().lastRow() < row) {
      return null;
    }
    return tops.get(e.getKey());
  }
}
