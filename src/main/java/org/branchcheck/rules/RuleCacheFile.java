package org.branchcheck.rules;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The file holding one rule set's part of a {@link RuleCache}: a magic number and the format, a
 * header saying what the entries are valid for, the entries (key, then bytes), and last the
 * CRC-32C of everything before it, so that a truncated or damaged file is recognised and never
 * read (a checksum, not a signature: the folder is the user's own). Written into a temporary file
 * beside it, then renamed over it.
 */
final class RuleCacheFile {
  private static final byte[] MAGIC = "BCRC".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final int CHECKSUM_BYTES = 4;
  /** Far above any real rule set (the shipped phase 1 takes about 60 KiB); larger is not read. */
  private static final int MAX_BYTES = 16 << 20;

  private RuleCacheFile() {}

  /**
   * The entries of a well-formed file written under {@code header}; empty for a missing, foreign,
   * damaged or differently headed one.
   */
  static Map<String, byte[]> read(Path file, String header) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Map.of();
      }
      byte[] all = Files.readAllBytes(file);
      int body = all.length - CHECKSUM_BYTES;
      if (body < MAGIC.length + 8
          || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
          || ByteBuffer.wrap(all, body, CHECKSUM_BYTES).getInt() != checksum(all, body)) {
        return Map.of();
      }
      ByteBuffer in = ByteBuffer.wrap(all, MAGIC.length, body - MAGIC.length);
      if (in.getInt() != FORMAT
          || !header.equals(new String(chunk(in), StandardCharsets.UTF_8))) {
        return Map.of();
      }
      int count = in.getInt();
      Map<String, byte[]> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String key = new String(chunk(in), StandardCharsets.UTF_8);
        entries.put(key, chunk(in));
      }
      return in.hasRemaining() ? Map.of() : entries;
    } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
      return Map.of();
    }
  }

  private static void chunk(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] chunk(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("bad length");
    }
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  static void write(Path file, String header, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT);
      chunk(out, header.getBytes(StandardCharsets.UTF_8));
      out.writeInt(entries.size());
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        chunk(out, e.getKey().getBytes(StandardCharsets.UTF_8));
        chunk(out, e.getValue());
      }
    }
    byte[] body = bytes.toByteArray();
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
    try {
      Files.write(temp, body);
      Files.write(temp, ByteBuffer.allocate(CHECKSUM_BYTES).putInt(checksum(body, body.length))
          .array(), StandardOpenOption.APPEND);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
