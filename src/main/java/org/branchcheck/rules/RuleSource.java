package org.branchcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a rule-set (or rule-set test) file comes from: a file the user named, or a file shipped in
 * the jar under {@code rules/}. References from inside a file ({@code extends}, a test's
 * {@code rule_set}) resolve against it and may not leave the folder of the file the user named,
 * nor the shipped {@code rules/} tree: a rule file cannot make the tool read arbitrary files.
 */
public record RuleSource(String display, Path path, String resource, Path root) {

  public static RuleSource file(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return new RuleSource(path.toString().replace('\\', '/'), path, null,
        absolute.getParent() == null ? absolute : absolute.getParent());
  }

  /** A shipped file by its path under {@code rules/}, for example "xianjinxing-2005/phase1.yaml". */
  public static RuleSource shipped(String relative) {
    return new RuleSource("rules/" + relative, null, "rules/" + relative, null);
  }

  public boolean isShipped() {
    return resource != null;
  }

  /** Whether a reference names a shipped rule set by id rather than a file by its path. */
  static boolean isId(String reference) {
    String r = reference.toLowerCase(Locale.ROOT);
    return !r.endsWith(".yaml") && !r.endsWith(".yml");
  }

  /** A key that is the same for two spellings of the same file, to detect cycles. */
  String identity() {
    if (isShipped()) {
      return "shipped:" + resource;
    }
    try {
      return path.toRealPath().toString();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize().toString();
    }
  }

  public byte[] read() throws IOException {
    if (isShipped()) {
      try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new NoSuchFileException(display);
        }
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(path);
  }

  public boolean exists() {
    if (isShipped()) {
      return RuleSource.class.getClassLoader().getResource(resource) != null;
    }
    return Files.isRegularFile(path);
  }

  /**
   * What {@code reference}, written inside this file, names: a shipped id, or a path relative to
   * this file. Empty when the path would leave the allowed folder.
   */
  public Optional<RuleSource> resolve(String reference) {
    if (isId(reference)) {
      return ShippedRuleSets.source(reference);
    }
    if (reference.startsWith("/") || reference.contains("\\") || reference.contains(":")) {
      return Optional.empty();
    }
    if (isShipped()) {
      Path here = Path.of(resource).getParent();
      Path target = here.resolve(reference).normalize();
      return target.startsWith("rules") && !target.toString().equals("rules")
          ? Optional.of(shipped(Path.of("rules").relativize(target).toString().replace('\\', '/')))
          : Optional.empty();
    }
    Path target = path.resolveSibling(reference).normalize();
    Path absolute = target.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return Optional.empty();
    }
    try {
      if (Files.exists(absolute) && !absolute.toRealPath().startsWith(root.toRealPath())) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new RuleSource(target.toString().replace('\\', '/'), target, null, root));
  }
}
