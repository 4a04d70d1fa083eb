package org.branchcheck.io;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * The reference checks of {@link ReferenceChecker} made row by row while a table streams past,
 * with the same messages at the same cells.
 */
final class References {
  private final List<Problem> problems;
  private final Function<Table, Set<String>> refused;

  /** @param refused the ids of rows refused for a bad value, by table */
  References(List<Problem> problems, Function<Table, Set<String>> refused) {
    this.problems = problems;
    this.refused = refused;
  }

  /** Reports {@code id}, in {@code column} of a {@code table} row, unless {@code target} has it. */
  void refer(boolean targetReadable, Predicate<String> known, String id, RawTable.Row row,
      Table table, String column, Table target) {
    if (id.isEmpty() || !targetReadable || known.test(id) || refused.apply(target).contains(id)) {
      return;
    }
    problems.add(ReferenceChecker.dangling(cell(row, column, table), column, target, id));
  }

  /** Reports {@code id} as a duplicate if an earlier record of the arena has it. */
  <T> void duplicateIfSeen(RecordArena<T> arena, int index, Function<T, String> idOf, String id,
      RawTable.Row row, Table table) {
    for (int i = 0; i < index; i++) {
      if (id.equals(idOf.apply(arena.get(i)))) {
        problems.add(ReferenceChecker.duplicate(cell(row, "id", table), table, id,
            new SourceLocation(row.at().file(), arena.line(i), 0)));
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
