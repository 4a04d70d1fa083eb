package org.branchcheck.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * Reads one CSV table. Lines are the file's physical lines (a quoted field spanning lines is
 * reported at the line where its record starts); columns are 1-based field numbers, as a
 * spreadsheet user counts them.
 */
public final class CsvTableReader {
  // Not the parser's trim: String.trim also drops NUL and other control characters at the ends
  // of a value, silently; values are stripped of whitespace below, after the check for them.
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).build();

  private CsvTableReader() {}

  public static RawTable read(Table table, String file, String text, List<Problem> problems) {
    List<RawTable.Row> rows = new ArrayList<>();
    LineIndex lines = new LineIndex(text);
    boolean complete = true;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      List<String> header = null;
      for (CSVRecord record : parser) {
        int line = lines.lineOf(record.getCharacterPosition());
        if (header == null) {
          header = header(record, file, line, problems);
          continue;
        }
        if (!isBlank(record)) {
          rows.add(row(record, header, file, line, problems));
        }
      }
      if (header == null) {
        problems.add(empty(file));
        complete = false;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(CsvParseFailure.of(file, e, lines.lastLine(), 1));
      complete = false;
    }
    return new RawTable(table, SourceLocation.ofFile(file), rows, complete);
  }

  /** A file without even a header: left empty, or saved before anything was typed. */
  static Problem empty(String file) {
    return Problem.of(new SourceLocation(file, 1, 0), ReadMessage.EMPTY_FILE);
  }

  /** One data record as a row of cells by header; extra fields are a problem. */
  static RawTable.Row row(CSVRecord record, List<String> header, String file, int line,
      List<Problem> problems) {
    SourceLocation rowAt = new SourceLocation(file, line, 0);
    if (record.size() > header.size()) {
      problems.add(Problem.of(rowAt.atColumn(header.size() + 1), ReadMessage.RAGGED_ROW,
          record.size(), header.size()));
    }
    String[] values = new String[header.size()];
    for (int i = 0; i < values.length; i++) {
      String raw = i < record.size() ? record.get(i) : "";
      values[i] = repeated(StrayCharacters.clean(raw, rowAt.atColumn(i + 1), problems).strip());
    }
    return new RawTable.Row(new RowCells(header, values, rowAt), rowAt);
  }

  /**
   * The same string for a value seen recently: a table's organisations, dates and kinds repeat
   * from row to row, as do the items of study plans across a district's organisations, and one
   * copy of each is enough. Lossy (a slot per hash), so it never grows.
   */
  private static String repeated(String value) {
    if (value.length() > 64) {
      return value;
    }
    String[] cache = RECENT.get();
    int slot = (value.hashCode() * 0x9E3779B9) >>> 20;
    String seen = cache[slot];
    if (value.equals(seen)) {
      return seen;
    }
    cache[slot] = value;
    return value;
  }

  private static final ThreadLocal<String[]> RECENT =
      ThreadLocal.withInitial(() -> new String[1 << 12]);

  static List<String> header(
      CSVRecord record, String file, int line, List<Problem> problems) {
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip();
      if (!seen.add(TableSchema.normalise(name))) {
        problems.add(Problem.of(new SourceLocation(file, line, i + 1), ReadMessage.COLUMN_TWICE,
            name));
        name = name + "#" + (i + 1);
      }
      header.add(name);
    }
    return List.copyOf(header);
  }

  static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!StrayCharacters.blank(value)) {
        return false;
      }
    }
    return true;
  }

  /** Maps character offsets to 1-based line numbers. */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> list = new ArrayList<>();
      list.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineOf(long offset) {
      int i = java.util.Arrays.binarySearch(starts, (int) offset);
      return (i >= 0 ? i : -i - 2) + 1;
    }

    int lastLine() {
      return starts.length;
    }
  }
}
