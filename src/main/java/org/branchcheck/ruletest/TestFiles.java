package org.branchcheck.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.RuleSource;
import org.branchcheck.rules.ShippedRuleSets;

/**
 * Finds the test files a {@code rules test} argument stands for: a {@code .test.yaml} file, the
 * test file beside a rule-set file, or every test file under a folder; no argument at all means the
 * tests of the rule sets shipped in the jar.
 */
public final class TestFiles {
  /** Found files and the arguments that named none. */
  public record Found(List<RuleSource> files, List<Problem> problems) {}

  private TestFiles() {}

  public static Found find(List<Path> paths) {
    if (paths.isEmpty()) {
      return new Found(ShippedRuleSets.tests(), List.of());
    }
    List<RuleSource> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path p : paths) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      if (Files.isDirectory(p)) {
        List<Path> under = under(p);
        under.forEach(f -> files.add(RuleSource.file(f)));
        if (under.isEmpty()) {
          problems.add(new Problem(SourceLocation.ofFile(p.toString()),
              "no *.test.yaml files in this folder"));
        }
      } else if (name.endsWith(".test.yaml") && Files.isRegularFile(p)) {
        files.add(RuleSource.file(p));
      } else if (name.endsWith(".yaml") && Files.isRegularFile(p)
          && Files.isRegularFile(p.resolveSibling(name.replaceFirst("\\.yaml$", ".test.yaml")))) {
        files.add(RuleSource.file(p.resolveSibling(name.replaceFirst("\\.yaml$", ".test.yaml"))));
      } else {
        problems.add(new Problem(SourceLocation.ofFile(p.toString()), Files.exists(p)
            ? "not a folder, a .test.yaml file or a rule set with a .test.yaml beside it"
            : "no such file or folder"));
      }
    }
    return new Found(files, problems);
  }

  private static List<Path> under(Path folder) {
    try (Stream<Path> walk = Files.walk(folder, 16)) {
      return walk.filter(f -> f.getFileName().toString().endsWith(".test.yaml"))
          .filter(Files::isRegularFile)
          .filter(f -> !hidden(folder.relativize(f)))
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
