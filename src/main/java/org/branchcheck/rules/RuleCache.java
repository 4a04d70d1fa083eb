package org.branchcheck.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.expr.CheckedExpr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.branchcheck.io.Sha256;

/**
 * Type-checked rule expressions kept on disk between runs. Parsing and type-checking is most of the
 * cost of loading a rule set in a fresh JVM; with the checked trees stored, a later run only turns
 * them into programs. One file per rule set (named by a digest of its id and file), whose header
 * names the build of the tool that wrote it and the rule set's parameter types: trees from another
 * build or written against other parameter types are never read, only replaced. Inside, every
 * expression is stored under its environment and its exact text, so an edited rule is compiled
 * afresh and a removed one is dropped at the next save. A file that is unreadable, truncated,
 * altered or of another format is ignored and replaced: the cache can make a run faster, never
 * different. Saving is best effort (a read-only cache folder costs speed, not the run) and atomic.
 */
public final class RuleCache {
  /** No cache: every expression is compiled, nothing is written. */
  public static final RuleCache NONE = new RuleCache(null, "");


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
      return new Lookup(null, "", Map.of());
    }
    Path file = dir.resolve(Sha256.hex((ruleSetId + "\n" + ruleSetFile)
        .getBytes(StandardCharsets.UTF_8)) + ".bin");
    StringBuilder header = new StringBuilder(tool).append('\n');
    params.values().forEach(p -> header.append(p.name()).append(':').append(p.type().code())
        .append('\n'));
    return new Lookup(file, header.toString(), RuleCacheFile.read(file, header.toString()));
  }

  /** One rule set's stored expressions, and those this compile used. */
  static final class Lookup {
    private final Path file;
    private final String header;
    private final Map<String, byte[]> stored;
    private final Map<String, byte[]> used = new LinkedHashMap<>();
    private boolean compiled;

    private Lookup(Path file, String header, Map<String, byte[]> stored) {
      this.file = file;
      this.header = header;
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
        RuleCacheFile.write(file, header, used);
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
}
