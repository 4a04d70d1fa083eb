package org.branchcheck.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * One CSV table read as a stream, of any size: the encoding decided as {@link TextDecoder} decides
 * it (a byte-order mark, else strict UTF-8 over the whole file, else GB18030), the SHA-256 taken
 * on the way, the rows handed on one by one.
 */
final class StreamedTable {
  private StreamedTable() {}

  /**
   * What was read: the file's entry for the report (null when the file cannot be read at all),
   * and whether every row was, as {@link RawTable#complete} says for a table read whole.
   */
  record Read(InputFile file, boolean complete) {}

  static Read read(Path path, String file, List<Problem> problems,
      Consumer<RawTable.Row> rows) {
    try {
      Charset charset;
      String encoding;
      int skip;
      byte[] head;
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(3);
      }
      java.util.Optional<TextDecoder.Bom> bom = TextDecoder.bom(head);
      if (bom.isPresent()) {
        charset = bom.get().charset();
        encoding = bom.get().encoding();
        skip = bom.get().length();
      } else {
        boolean utf8 = valid(path, StandardCharsets.UTF_8, 0, null);
        charset = utf8 ? StandardCharsets.UTF_8 : TextDecoder.GB18030;
        encoding = utf8 ? "UTF-8" : "GB18030";
        skip = 0;
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long bytes = Files.size(path);
      // As when reading whole: text that does not decode is one problem, not a row's.
      // A GB18030 file is looked through for UTF-8 lines on the pass that checks it decodes.
      MixedEncoding mixed = charset == TextDecoder.GB18030 ? new MixedEncoding() : null;
      boolean decodes = (bom.isEmpty() && charset == StandardCharsets.UTF_8)
          || valid(path, charset, skip, mixed);
      if (decodes && mixed != null) {
        mixed.finish(file).ifPresent(problems::add);
      }
      boolean complete = false;
      try (InputStream raw = new DigestInputStream(Files.newInputStream(path), sha)) {
        raw.readNBytes(skip);
        if (decodes) {
          complete = CsvRowStream.read(file, new BufferedReader(
              new InputStreamReader(raw, strict(charset)), 1 << 16), problems, rows);
        } else {
          problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.ENCODING));
        }
        raw.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new Read(new InputFile(file, decodes ? encoding : "unknown", bytes,
          HexFormat.of().formatHex(sha.digest())), complete);
    } catch (IOException e) {
      problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.CANNOT_READ,
          e.getMessage()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return new Read(null, false);
  }

  /** Whether the file decodes in {@code charset}; its bytes also go to {@code mixed}, if any. */
  private static boolean valid(Path path, Charset charset, int skip, MixedEncoding mixed)
      throws IOException {
    char[] sink = new char[1 << 16];
    try (InputStream in = seen(Files.newInputStream(path), mixed);
        var reader = new InputStreamReader(in, strict(charset))) {
      in.skipNBytes(skip);
      while (reader.read(sink) >= 0) {
        // decoding is the check
      }
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static InputStream seen(InputStream in, MixedEncoding mixed) {
    return mixed == null ? in : new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          mixed.accept(b, off, off + n);
        }
        return n;
      }
    };
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
