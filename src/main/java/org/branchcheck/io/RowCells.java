package org.branchcheck.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.branchcheck.model.SourceLocation;

/**
 * The cells of one row as a map by header, kept as the header (shared by every row) and an array
 * of values: a cell and its location are made when asked for. A table of a few hundred thousand
 * rows held this way costs a third of a map of cell objects per row. In a CSV file the i-th
 * header is field i + 1; in a sheet, headers may skip columns, so their columns are given.
 */
final class RowCells extends AbstractMap<String, RawTable.Cell> {
  private final List<String> header;
  private final String[] values;
  private final SourceLocation rowAt;
  /** The 1-based column of each header, shared by every row; null for fields 1, 2, 3, … */
  private final int[] columns;

  RowCells(List<String> header, String[] values, SourceLocation rowAt) {
    this(header, null, values, rowAt);
  }

  RowCells(List<String> header, int[] columns, String[] values, SourceLocation rowAt) {
    this.header = header;
    this.columns = columns;
    this.values = values;
    this.rowAt = rowAt;
  }

  @Override
  public RawTable.Cell get(Object key) {
    int i = header.indexOf(key);
    return i < 0 ? null : cell(i);
  }

  @Override
  public boolean containsKey(Object key) {
    return header.contains(key);
  }

  @Override
  public int size() {
    return header.size();
  }

  @Override
  public Set<Map.Entry<String, RawTable.Cell>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, RawTable.Cell>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < header.size();
          }

          @Override
          public Map.Entry<String, RawTable.Cell> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(header.get(i), cell(i));
          }
        };
      }

      @Override
      public int size() {
        return header.size();
      }
    };
  }

  private RawTable.Cell cell(int i) {
    return new RawTable.Cell(values[i], rowAt.atColumn(columns == null ? i + 1 : columns[i]));
  }
}
