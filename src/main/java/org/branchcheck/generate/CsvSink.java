package org.branchcheck.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one CSV table as "CSV UTF-8" the way Excel saves it: a byte-order mark, a header, CRLF
 * line endings, fields quoted only when they must be. Values go straight into a byte buffer
 * (numbers digit by digit, constant cells as ready-made bytes), because a district's attendance
 * table has tens of millions of rows and a formatted String per cell would dominate the run.
 */
final class CsvSink implements Closeable {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] CRLF = {'\r', '\n'};

  private final OutputStream out;
  private final boolean closeStream;
  private final byte[] buffer = new byte[1 << 16];
  private int used;
  private boolean rowStarted;
  private long rows;

  private CsvSink(OutputStream out, boolean closeStream) {
    this.out = out;
    this.closeStream = closeStream;
  }

  /** A table written to {@code out}, which {@link #close()} closes when {@code own} is true. */
  static CsvSink open(OutputStream out, boolean own, String... header) throws IOException {
    CsvSink sink = new CsvSink(out, own);
    sink.raw(BOM);
    for (String h : header) {
      sink.text(h);
    }
    sink.end();
    sink.rows = 0;
    return sink;
  }

  /** A table nobody reads: rows are still made (so the others come out the same), then dropped. */
  static CsvSink discard() {
    return new CsvSink(OutputStream.nullOutputStream(), false);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Data rows written so far (the header excluded). */
  long rows() {
    return rows;
  }

  /** A cell of ready-made UTF-8 bytes that need no quoting (ids, codes). */
  CsvSink cell(byte[] value) throws IOException {
    separator();
    raw(value);
    return this;
  }

  /** A cell of any text, quoted when it holds a comma, a quote or a line break. */
  CsvSink text(String value) throws IOException {
    separator();
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    raw(utf8(quote ? '"' + value.replace("\"", "\"\"") + '"' : value));
    return this;
  }

  /** An empty cell. */
  CsvSink empty() throws IOException {
    separator();
    return this;
  }

  CsvSink number(long value) throws IOException {
    separator();
    digits(value, 1);
    return this;
  }

  /** Hours given in halves: 5 is "2.5", 6 is "3". */
  CsvSink halves(int halves) throws IOException {
    separator();
    digits(halves / 2, 1);
    if (halves % 2 != 0) {
      room(2);
      buffer[used++] = '.';
      buffer[used++] = '5';
    }
    return this;
  }

  /** Ends the row. */
  void end() throws IOException {
    raw(CRLF);
    rowStarted = false;
    rows++;
  }

  /** Writes {@code value} with at least {@code width} digits, zero-padded, into {@code to}. */
  static int padded(long value, int width, byte[] to, int at) {
    int length = Math.max(width, Long.toString(value).length());
    for (int i = at + length - 1; i >= at; i--) {
      to[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + length;
  }

  private void digits(long value, int width) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    room(20);
    used = padded(value, width, buffer, used);
  }

  private void separator() throws IOException {
    if (rowStarted) {
      room(1);
      buffer[used++] = ',';
    }
    rowStarted = true;
  }

  private void raw(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length) {
      drain();
      out.write(bytes);
      return;
    }
    room(bytes.length);
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  private void room(int bytes) throws IOException {
    if (used + bytes > buffer.length) {
      drain();
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    if (closeStream) {
      out.close();
    }
  }
}
