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
    problems.add(ReferenceChecker.dangling(cell(row, column, table), column, what, id));
  }

  /** Reports {@code id} as a duplicate if an earlier row of the arena has it. */
  void duplicateIfSeen(RowArena arena, int index, String id, String what, RawTable.Row row,
      Table table) {
    for (int i = 0; i < index; i++) {
      RawTable.Row earlier = arena.row(i);
      RawTable.Cell earlierId = column(earlier, "id", table);
      if (earlierId != null && id.equals(earlierId.text())) {
        problems.add(ReferenceChecker.duplicate(cell(row, "id", table), what, id, earlier.at()));
        return;
      }
    }
  }

  /** The cell of the column with this code, or the row when the table has no such column. */
  static SourceLocation cell(RawTable.Row row, String code, Table table) {
    RawTable.Cell c = column(row, code, table);
    return c == null ? row.at() : c.at();
  }

  /** The row's cell under the (last) header meaning {@code code}, as ReferenceChecker finds it. */
  private static RawTable.Cell column(RawTable.Row row, String code, Table table) {
    RawTable.Cell found = null;
    for (Map.Entry<String, RawTable.Cell> c : row.cells().entrySet()) {
      if (TableSchema.codeOf(table, c.getKey()).filter(code::equals).isPresent()) {
        found = c.getValue();
      }
    }
    return found;
  }
}
