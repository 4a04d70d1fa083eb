package org.branchcheck.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * A sheet's cells as a table: the header found, merged cells resolved, every row below it a
 * record. Ledgers kept in Excel have a title above the header ("XX支部党员名册", merged across
 * the columns), sometimes a two-row header (a group over sub-headers), and a value merged down
 * the rows it applies to (one session over its sign-in rows); each is read as a user sees it.
 */
final class SheetTable {
  /** The header is looked for among the sheet's first rows with content. */
  static final int HEADER_SEARCH_ROWS = 10;
  /** A header spans at most this many rows (a group over sub-headers over sub-sub-headers). */
  static final int HEADER_ROWS = 3;

  private final Table table;
  private final SourceLocation sheetAt;
  private final SheetCells cells;
  private final CellText format;
  private final List<Problem> problems;

  private SheetTable(Table table, SourceLocation sheetAt, SheetCells cells, CellText format,
      List<Problem> problems) {
    this.table = table;
    this.sheetAt = sheetAt;
    this.cells = cells;
    this.format = format;
    this.problems = problems;
  }

  static RawTable read(Table table, SourceLocation sheetAt, SheetCells cells, CellText format,
      List<Problem> problems) {
    return new SheetTable(table, sheetAt, cells, format, problems).read();
  }

  private RawTable read() {
    if (cells.rows.isEmpty()) {
      problems.add(Problem.of(sheetAt, ReadMessage.EMPTY_SHEET));
      return new RawTable(table, sheetAt, List.of(), false);
    }
    int first = headerRow();
    int last = lastHeaderRow(first);
    TreeMap<Integer, String> names = headerNames(first, last);
    List<String> header = new ArrayList<>();
    int[] columns = new int[names.size()];
    boolean[] dates = new boolean[names.size()];
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      int i = header.size();
      String name = e.getValue();
      SourceLocation at = new SourceLocation(sheetAt.file(), sheetAt.sheet(), first, e.getKey());
      if (!seen.add(TableSchema.normalise(name))) {
        problems.add(Problem.of(at, ReadMessage.COLUMN_TWICE, name));
        name = name + "#" + e.getKey();
      }
      header.add(name);
      columns[i] = e.getKey();
      dates[i] = TableSchema.columnOf(table, name)
          .filter(c -> c.type() == TableSchema.ColumnType.DATE).isPresent();
    }
    List<String> shared = List.copyOf(header);
    MergedValues merged = new MergedValues(cells, last);
    Set<Integer> unnamed = new TreeSet<>();
    List<RawTable.Row> rows = new ArrayList<>();
    for (SheetCells.Row r : cells.rows) {
      if (r.row() <= last) {
        continue;
      }
      SourceLocation rowAt = new SourceLocation(sheetAt.file(), sheetAt.sheet(), r.row(), 0);
      String[] values = new String[columns.length];
      boolean blank = true;
      for (int i = 0; i < columns.length; i++) {
        SheetCells.Row from = r;
        int at = r.indexOf(columns[i]);
        if (at < 0) {
          from = merged.topRow(r.row(), columns[i]);
          at = from == null ? -1 : from.indexOf(columns[i]);
        }
        String text = at < 0 ? "" : from.texts()[at];
        byte kind = at < 0 ? SheetCells.TEXT : from.kinds()[at];
        if (dates[i] && kind == SheetCells.NUMBER) {
          text = format.date(text);
        }
        values[i] = StrayCharacters.clean(text, rowAt.atColumn(columns[i]), problems).strip();
        blank &= values[i].isEmpty();
      }
      for (int c : r.columns()) {
        if (!names.containsKey(c) && unnamed.add(c)) {
          problems.add(Problem.of(rowAt.atColumn(c), ReadMessage.NO_HEADER_COLUMN,
              SourceLocation.columnLetters(c)));
        }
      }
      if (!blank) {
        rows.add(new RawTable.Row(new RowCells(shared, columns, values, rowAt), rowAt));
      }
    }
    return new RawTable(table, sheetAt, rows, true);
  }

  /** The first of the top rows naming a known column of the table; else the first row. */
  private int headerRow() {
    int searched = 0;
    for (SheetCells.Row r : cells.rows) {
      for (String text : r.texts()) {
        if (TableSchema.codeOf(table, text).isPresent()) {
          return r.row();
        }
      }
      if (++searched == HEADER_SEARCH_ROWS) {
        break;
      }
    }
    return cells.rows.get(0).row();
  }

  /** The header reaches down as far as a cell merged down from it. */
  private int lastHeaderRow(int first) {
    int last = first;
    for (boolean grew = true; grew; ) {
      grew = false;
      for (SheetCells.Merge m : cells.merges) {
        int reach = Math.min(m.lastRow(), first + HEADER_ROWS - 1);
        if (m.firstRow() >= first && m.firstRow() <= last && reach > last) {
          last = reach;
          grew = true;
        }
      }
    }
    return last;
  }

  /**
   * Each column's header: the lowest text in the header rows, a merged cell counting in every
   * row it covers. A group merged across columns names them only when sub-headers lie beneath;
   * in a one-row header, a merged cell names its first column alone.
   */
  private TreeMap<Integer, String> headerNames(int first, int last) {
    Map<Integer, SheetCells.Row> byRow = new HashMap<>();
    cells.rows.stream().filter(r -> r.row() >= first && r.row() <= last)
        .forEach(r -> byRow.put(r.row(), r));
    TreeMap<Integer, String> names = new TreeMap<>();
    for (int row = first; row <= last; row++) {
      SheetCells.Row r = byRow.get(row);
      if (r != null) {
        for (int c : r.columns()) {
          names.put(c, r.text(c).strip());
        }
      }
      for (SheetCells.Merge m : cells.merges) {
        SheetCells.Row top = byRow.get(m.firstRow());
        if (top == null || !m.covers(row, m.firstColumn()) || m.firstRow() == row) {
          continue;
        }
        String text = top.text(m.firstColumn()).strip();
        int lastColumn = last > first ? m.lastColumn() : m.firstColumn();
        for (int c = m.firstColumn(); c <= lastColumn && !text.isEmpty(); c++) {
          if (r == null || r.text(c).isEmpty()) {
            names.putIfAbsent(c, text);
          }
        }
      }
    }
    names.values().removeIf(String::isEmpty);
    return names;
  }
}
