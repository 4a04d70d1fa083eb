package org.branchcheck.io;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * The reference checks of {@link ReferenceChecker} made row by row while a table streams past,
 * with the same messages at the same cells.
 */
final class References {
  private final List<Problem> problems;

  References(List<Problem> problems) {
    this.problems = problems;
  }

  void refer(boolean tablePresent, Set<String> known, String id, RawTable.Row row, Table table,
      String column, String what) {
    if (id.isEmpty() || !tablePresent || known.contains(id)) {
      return;
    }
    problems.add(new Problem(cell(row, column, table),
        column + ": no " + what + " with id '" + id + "'"));
  }

  /** Reports {@code id} as a duplicate if an earlier row of the arena has it. */
  void duplicateIfSeen(RowArena arena, int index, String id, String what, RawTable.Row row,
      Table table) {
    for (int i = 0; i < index; i++) {
      RawTable.Row earlier = arena.row(i);
      if (id.equals(text(earlier, "id", table))) {
        problems.add(new Problem(cell(row, "id", table), "duplicate " + what + " id '" + id
            + "' (first at " + earlier.at().atColumn(0) + ")"));
        return;
      }
    }
  }

  /** The cell of the column with this code, or the row when the table has no such column. */
  static SourceLocation cell(RawTable.Row row, String code, Table table) {
    SourceLocation at = row.at();
    for (Map.Entry<String, RawTable.Cell> c : row.cells().entrySet()) {
      if (TableSchema.codeOf(table, c.getKey()).filter(code::equals).isPresent()) {
        at = c.getValue().at();
      }
    }
    return at;
  }

  private static String text(RawTable.Row row, String code, Table table) {
    for (Map.Entry<String, RawTable.Cell> c : row.cells().entrySet()) {
      if (TableSchema.codeOf(table, c.getKey()).filter(code::equals).isPresent()) {
        return c.getValue().text();
      }
    }
    return null;
  }
}
