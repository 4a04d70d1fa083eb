package org.branchcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.io.Sha256;
import org.branchcheck.io.TextDecoder;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Finds a rule set by reference: a path to a YAML file, or the id of a rule set shipped inside
 * the jar (for example {@code xianjinxing-2005/phase1}, read from {@code rules/<id>.yaml}).
 */
public final class RuleSetCatalog {
  private RuleSetCatalog() {}

  public static RuleSet load(String reference) throws RuleSetException {
    Path path = Path.of(reference);
    if (Files.isRegularFile(path)) {
      return fromFile(path);
    }
    String resource = "rules/" + reference.replaceAll("\\.ya?ml$", "") + ".yaml";
    if (reference.contains("..") || reference.startsWith("/")) {
      throw notFound(reference);
    }
    try (InputStream in = RuleSetCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw notFound(reference);
      }
      return compile(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new RuleSetException(List.of(new Problem(SourceLocation.ofFile(resource),
          "cannot be read: " + e.getMessage())));
    }
  }

  public static RuleSet fromFile(Path path) throws RuleSetException {
    try {
      return compile(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new RuleSetException(List.of(new Problem(SourceLocation.ofFile(path.toString()),
          "cannot be read: " + e.getMessage())));
    }
  }

  private static RuleSet compile(String file, byte[] bytes) throws RuleSetException {
    String text;
    try {
      text = TextDecoder.decode(bytes).text();
    } catch (CharacterCodingException e) {
      throw new RuleSetException(List.of(new Problem(SourceLocation.ofFile(file),
          "rule file is neither UTF-8 nor GB18030")));
    }
    return RuleCompiler.compile(RuleSetLoader.load(file, text)).withSha256(Sha256.hex(bytes));
  }

  private static RuleSetException notFound(String reference) {
    return new RuleSetException(List.of(new Problem(SourceLocation.ofFile(reference),
        "no rule-set file and no shipped rule set with this id (shipped: "
            + "xianjinxing-2005/phase1)")));
  }
}
