package org.branchcheck.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Reads a CSV table row by row from a character stream, handing each row on as it is parsed and
 * keeping none: the reader for tables too large to hold. Rows, cells, locations and problems are
 * those of {@link CsvTableReader}, except that a file that cannot be parsed is reported at the
 * line where parsing stopped.
 */
final class CsvRowStream {
  private CsvRowStream() {}

  static boolean read(String file, Reader text, List<Problem> problems,
      Consumer<RawTable.Row> rows) {
    return read(file, text, null, 1, problems, rows);
  }

  /**
   * Reads rows of a table whose header is already known, from a point inside the file: the first
   * line of {@code text} is line {@code firstLine} of the file, and its first record stands in for
   * the header and is skipped (so that the parser places the next record as it does in the file).
   */
  static boolean read(String file, Reader text, List<String> knownHeader, int firstLine,
      List<Problem> problems, Consumer<RawTable.Row> rows) {
    LineTracker lines = new LineTracker(text, firstLine);
    try (CSVParser parser = CSVParser.parse(lines, CsvTableReader.FORMAT)) {
      List<String> header = knownHeader;
      boolean headerSeen = false;
      for (CSVRecord record : parser) {
        int line = lines.lineOf(record.getCharacterPosition());
        if (!headerSeen) {
          headerSeen = true;
          header = header != null ? header : CsvTableReader.header(record, file, line, problems);
          continue;
        }
        if (!CsvTableReader.isBlank(record)) {
          rows.accept(CsvTableReader.row(record, header, file, line, problems));
        }
      }
      if (!headerSeen) {
        problems.add(CsvTableReader.empty(file));
        return false;
      }
      return true;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(CsvParseFailure.of(file, e, lines.linesSeen(), firstLine));
      return false;
    }
  }

  /**
   * Counts line breaks as the parser reads, remembering only the line starts the parser has read
   * past but not yet asked about, so that any record's starting line is known without an index of
   * the whole file. A line ends at LF, CRLF or a lone CR.
   */
  private static final class LineTracker extends Reader {
    private final Reader in;
    private long position;
    private long[] starts = new long[64];
    private int head;
    private int tail;
    private int line;
    private boolean pendingCr;

    LineTracker(Reader in, int firstLine) {
      this.in = in;
      this.line = firstLine;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      for (int i = 0; i < n; i++) {
        char c = buf[off + i];
        position++;
        if (pendingCr && c != '\n') {
          push(position - 1);
        }
        pendingCr = c == '\r';
        if (c == '\n') {
          push(position);
        }
      }
      if (n < 0 && pendingCr) {
        pendingCr = false;
        push(position);
      }
      return n;
    }

    private void push(long start) {
      if (tail == starts.length) {
        System.arraycopy(starts, head, starts, 0, tail - head);
        tail -= head;
        head = 0;
        if (tail == starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        }
      }
      starts[tail++] = start;
    }

    /** The 1-based line of a character offset; offsets must be asked in increasing order. */
    int lineOf(long offset) {
      while (head < tail && starts[head] <= offset) {
        head++;
        line++;
      }
      return line;
    }

    int linesSeen() {
      return line + (tail - head);
    }

    /** The caller owns the stream: it still reads the rest of the file for its digest. */
    @Override
    public void close() {
      // left open on purpose
    }
  }
}
