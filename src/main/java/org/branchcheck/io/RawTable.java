package org.branchcheck.io;

import java.util.List;
import java.util.Map;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * A table as read from CSV or YAML, before any value is interpreted: per row, each header's text and
 * where that cell is. Both readers produce this shape so that value parsing is written once.
 *
 * @param complete false when the file broke off (empty, or a quote never closed): the rows after
 *     the break are missing, so references into the table cannot be judged
 */
public record RawTable(Table table, SourceLocation at, List<Row> rows, boolean complete) {

  public RawTable(Table table, SourceLocation at, List<Row> rows) {
    this(table, at, rows, true);
  }

  /** One cell's text (trimmed, never null) and location. */
  public record Cell(String text, SourceLocation at) {}

  /** One record: cells by header as written, in source order. */
  public record Row(Map<String, Cell> cells, SourceLocation at) {}
}
