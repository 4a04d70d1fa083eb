package org.branchcheck.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Reads a streamed attendance table quickly where it can ({@link AttendanceScanner} over UTF-8
 * bytes) and through the general CSV reader where it must, giving the rows, problems and file
 * entry that {@link StreamedTable} gives for the same file. A file that is not UTF-8 is read again
 * from the start the general way; a named pipe, which cannot be read twice, must be UTF-8.
 */
final class AttendanceReader {
  private static final int BUFFER = 1 << 22;

  /** What the general reader does with rows: bind them, check them, fold them into the sink. */
  interface General extends BiFunction<AttendanceSink, List<Problem>, Consumer<RawTable.Row>> {}

  private final Path path;
  private final String file;
  private final IdTable sessions;
  private final IdTable members;
  private final List<Problem> found = new ArrayList<>();
  private final MessageDigest sha;
  private long bytes;

  private AttendanceReader(Path path, String file, IdTable sessions, IdTable members) {
    this.path = path;
    this.file = file;
    this.sessions = sessions;
    this.members = members;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the table into a sink from {@code sinks}; returns its entry, null if unreadable. */
  static InputFile read(Path path, String file, List<Problem> problems, IdTable sessions,
      IdTable members, Supplier<AttendanceSink> sinks, General general) {
    AttendanceReader reader = new AttendanceReader(path, file, sessions, members);
    try {
      Optional<InputFile> read = reader.quick(sinks.get(), general);
      if (read.isPresent()) {
        problems.addAll(reader.found);
        return read.get();
      }
    } catch (IOException e) {
      problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.CANNOT_READ,
          e.getMessage()));
      return null;
    }
    if (!Files.isRegularFile(path)) {
      problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.PIPE_NOT_UTF8));
      return null;
    }
    return StreamedTable.read(path, file, problems, general.apply(sinks.get(), problems)).file();
  }

  /** Empty when the file must be read again from the start the general way. */
  private Optional<InputFile> quick(AttendanceSink sink, General general) throws IOException {
    boolean rereadable = Files.isRegularFile(path);
    Consumer<RawTable.Row> rows = general.apply(sink, found);
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buf = new byte[BUFFER];
      int len = fill(in, buf, 0);
      Optional<TextDecoder.Bom> bom = TextDecoder.bom(Arrays.copyOf(buf, Math.min(len, 3)));
      if (bom.isPresent() && bom.get().charset() != StandardCharsets.UTF_8) {
        return Optional.empty();
      }
      int pos = bom.map(TextDecoder.Bom::length).orElse(0);
      Optional<List<String>> header = header(buf, pos, len);
      Optional<AttendanceColumns> cols = header.flatMap(AttendanceColumns::of);
      if (cols.isEmpty()) {
        return Optional.empty();
      }
      List<String> names = header.get();
      AttendanceScanner scanner = new AttendanceScanner(cols.get(), sessions, members, sink,
          (line, b, from, to) -> CsvRowStream.read(file, new StringReader(
              "-\n" + new String(b, from, to - from, StandardCharsets.UTF_8)), names, line - 1,
              found, rows),
          2);
      pos = indexOf(buf, pos, len, (byte) '\n') + 1;
      boolean eof = len < buf.length;
      while (true) {
        int stop = scanner.scan(buf, pos, len);
        if (scanner.stop() == AttendanceScanner.Stop.NONE && eof && stop < len) {
          byte[] last = Arrays.copyOfRange(buf, stop, len + 1);
          last[last.length - 1] = '\n';
          int lastStop = scanner.scan(last, 0, last.length);
          stop = scanner.stop() == AttendanceScanner.Stop.NONE ? len : stop + lastStop;
        }
        if (scanner.stop() == AttendanceScanner.Stop.NOT_UTF8 && rereadable) {
          return Optional.empty();
        }
        boolean tooLong = stop == 0 && len == buf.length;
        if (scanner.stop() != AttendanceScanner.Stop.NONE || tooLong) {
          rest(in, buf, stop, len, names, scanner.line(), rows);
          break;
        }
        if (eof) {
          break;
        }
        System.arraycopy(buf, stop, buf, 0, len - stop);
        len -= stop;
        pos = 0;
        int n = fill(in, buf, len);
        eof = len + n < buf.length;
        len += n;
      }
      String encoding = bom.map(TextDecoder.Bom::encoding).orElse("UTF-8");
      return Optional.of(new InputFile(file, encoding, bytes, HexFormat.of().formatHex(
          sha.digest())));
    }
  }

  /**
   * The rest of the file from {@code buf[from]} (line {@code line}) on, through the general CSV
   * reader. The parser is given empty lines in place of those already read, which it skips, and a
   * stand-in for the line before, so that its own messages and record positions count lines as in
   * the file.
   */
  private void rest(InputStream in, byte[] buf, int from, int len, List<String> header,
      int line, Consumer<RawTable.Row> rows) throws IOException {
    InputStream skipped = new InputStream() {
      private long left = line - 2L;
      private int standIn;

      @Override
      public int read() {
        if (left > 0) {
          left--;
          return '\n';
        }
        return standIn < 2 ? "-\n".charAt(standIn++) : -1;
      }
    };
    InputStream restStream = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        skipped, new ByteArrayInputStream(buf, from, len - from), new DigestInputStream(in, sha) {
          @Override
          public int read(byte[] b, int off, int n) throws IOException {
            int r = super.read(b, off, n);
            bytes += Math.max(r, 0);
            return r;
          }
        })));
    CsvRowStream.read(file, new BufferedReader(new InputStreamReader(restStream,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16),
        header, 1, found, rows);
    restStream.transferTo(java.io.OutputStream.nullOutputStream());
  }

  /** The header, when its line is plain enough for the quick scan (one line, no quotes). */
  private Optional<List<String>> header(byte[] buf, int from, int len) {
    int nl = indexOf(buf, from, len, (byte) '\n');
    int end = nl > from && buf[nl - 1] == '\r' ? nl - 1 : nl;
    if (nl < 0 || end == from) {
      return Optional.empty();
    }
    for (int i = from; i < end; i++) {
      if (buf[i] == '"' || buf[i] == '\r' || (buf[i] < 0 && Utf8.sequence(buf, i, end) <= 0)) {
        return Optional.empty();
      }
    }
    String text = new String(buf, from, end - from, StandardCharsets.UTF_8);
    try (var parser = org.apache.commons.csv.CSVParser.parse(text, CsvTableReader.FORMAT)) {
      var record = parser.iterator().next();
      return Optional.of(CsvTableReader.header(record, file, 1, found));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private int fill(InputStream in, byte[] buf, int from) throws IOException {
    int n = in.readNBytes(buf, from, buf.length - from);
    sha.update(buf, from, n);
    bytes += n;
    return n;
  }

  private static int indexOf(byte[] buf, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
