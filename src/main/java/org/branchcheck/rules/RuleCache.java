package org.branchcheck.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.expr.CheckedExpr;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.branchcheck.io.Sha256;

/**
 * Type-checked rule expressions kept on disk between runs. Parsing and type-checking is most of the
 * cost of loading a rule set in a fresh JVM; with the checked trees stored, a later run only turns
 * them into programs. One file per rule set, named by a digest of the tool's identity (its version
 * and build), the rule set's id and file, and its parameters' types; inside, every expression is
 * stored under its environment and its exact text, so an edited rule is compiled afresh and a
 * removed one is dropped at the next save. A file that is unreadable, truncated, altered or of
 * another format is ignored and replaced: the cache can make a run faster, never different.
 * Saving is best effort (a read-only cache folder costs speed, not the run) and atomic.
 */
public final class RuleCache {
  /** No cache: every expression is compiled, nothing is written. */
  public static final RuleCache NONE = new RuleCache(null, "");

  private static final byte[] MAGIC = "BCRC".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final int DIGEST_BYTES = 32;
  /** Far above any real rule set (the shipped phase 1 takes about 60 KiB); larger is not read. */
  private static final int MAX_BYTES = 16 << 20;

  private final Path dir;
  private final String tool;

  private RuleCache(Path dir, String tool) {
    this.dir = dir;
    this.tool = tool;
  }

  /**
   * A cache in {@code dir} (created when first written) for one build of the tool.
   *
   * @param toolIdentity names the build exactly (version and, say, the jar's size and time), so
   *     that trees checked against other fact types or another CEL are never read back
   */
  public static RuleCache in(Path dir, String toolIdentity) {
    return new RuleCache(dir, toolIdentity);
  }

  /** A step that compiles one expression, failing with the compiler's diagnostics. */
  interface Compilation {
    CelAbstractSyntaxTree compile() throws CelValidationException;
  }

  /** Reads the stored expressions of one rule set (none when there is no usable file). */
  Lookup open(String ruleSetId, String ruleSetFile, Map<String, Param> params) {
    if (dir == null) {
      return new Lookup(null, Map.of());
    }
    StringBuilder key = new StringBuilder("branchcheck rule cache " + FORMAT + "\n" + tool
        + "\n" + ruleSetId + "\n" + ruleSetFile + "\n");
    params.values().forEach(p -> key.append(p.name()).append(':').append(p.type().code())
        .append('\n'));
    Path file = dir.resolve(Sha256.hex(key.toString().getBytes(StandardCharsets.UTF_8))
        + ".bin");
    return new Lookup(file, read(file));
  }

  /** One rule set's stored expressions, and those this compile used. */
  static final class Lookup {
    private final Path file;
    private final Map<String, byte[]> stored;
    private final Map<String, byte[]> used = new LinkedHashMap<>();
    private boolean compiled;

    private Lookup(Path file, Map<String, byte[]> stored) {
      this.file = file;
      this.stored = stored;
    }

    /** The stored tree for {@code source} in environment {@code env}, or a fresh compile. */
    CelAbstractSyntaxTree checked(String env, String source, Compilation compilation)
        throws CelValidationException {
      String key = env + '\n' + source;
      byte[] bytes = stored.get(key);
      Optional<CelAbstractSyntaxTree> found = bytes == null ? Optional.empty() : decode(bytes);
      if (found.isPresent()) {
        used.put(key, bytes);
        return found.get();
      }
      CelAbstractSyntaxTree ast = compilation.compile();
      compiled = true;
      if (file != null && ast.isChecked()) {
        used.put(key, CelProtoAbstractSyntaxTree.fromCelAst(ast).toCheckedExpr().toByteArray());
      }
      return ast;
    }

    /** Call once the whole rule set compiled without problems; writes only when needed. */
    void save() {
      if (file == null || (!compiled && used.size() == stored.size())) {
        return;
      }
      try {
        write(file, used);
      } catch (IOException | RuntimeException e) {
        // A cache that cannot be written only costs the next run the compile.
      }
    }
  }

  private static Optional<CelAbstractSyntaxTree> decode(byte[] bytes) {
    try {
      return Optional.of(
          CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(bytes)).getAst());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The entries of a well-formed file; empty for a missing, foreign or damaged one. */
  static Map<String, byte[]> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Map.of();
      }
      byte[] all = Files.readAllBytes(file);
      int body = all.length - DIGEST_BYTES;
      if (body < MAGIC.length + 8
          || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
          || !MessageDigest.isEqual(digest(all, body), Arrays.copyOfRange(all, body, all.length))) {
        return Map.of();
      }
      ByteBuffer in = ByteBuffer.wrap(all, MAGIC.length, body - MAGIC.length);
      if (in.getInt() != FORMAT) {
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

  private static byte[] chunk(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("bad length");
    }
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  private static void write(Path file, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(entries.size());
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(key.length);
        out.write(key);
        out.writeInt(e.getValue().length);
        out.write(e.getValue());
      }
    }
    byte[] body = bytes.toByteArray();
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
    try {
      Files.write(temp, body);
      Files.write(temp, digest(body, body.length), java.nio.file.StandardOpenOption.APPEND);
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

  private static byte[] digest(byte[] bytes, int length) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes, 0, length);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
