package org.branchcheck.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule sets (and their test files) shipped in the jar under {@code rules/}, found by listing
 * that folder, so that adding a rule set needs no list kept by hand.
 */
public final class ShippedRuleSets {
  private static final String TEST_SUFFIX = ".test.yaml";

  private ShippedRuleSets() {}

  /** Ids of the shipped rule sets, sorted: "xianjinxing-2005/phase1", … */
  public static List<String> ids() {
    return files().stream().filter(f -> !f.endsWith(TEST_SUFFIX))
        .map(f -> f.substring(0, f.length() - ".yaml".length())).sorted().toList();
  }

  /** The shipped rule-set test files, sorted, as sources. */
  public static List<RuleSource> tests() {
    return files().stream().filter(f -> f.endsWith(TEST_SUFFIX))
        .sorted(java.util.Comparator.comparing(f -> f.substring(0, f.length()
            - TEST_SUFFIX.length()))).map(RuleSource::shipped).toList();
  }

  static Optional<RuleSource> source(String id) {
    if (id.contains("..") || id.startsWith("/") || id.contains("\\")) {
      return Optional.empty();
    }
    RuleSource s = RuleSource.shipped(id + ".yaml");
    return s.exists() ? Optional.of(s) : Optional.empty();
  }

  /** Paths under rules/ of every shipped .yaml file, sorted. */
  private static synchronized List<String> files() {
    URL url = ShippedRuleSets.class.getClassLoader().getResource("rules");
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return list(fs.getPath("/rules"));
      }
      return list(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the shipped rule sets", e);
    }
  }

  private static List<String> list(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, 8)) {
      walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".yaml"))
          .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
    }
    out.sort(null);
    return out;
  }
}
