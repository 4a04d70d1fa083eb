package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a check does changes its input: after runs over the examples and the bad-input corpus
 * (read whole and streamed, every report written to files elsewhere), every file and folder of
 * the input tree has the same bytes and modification time, and no file has appeared or gone.
 */
class InputUntouchedTest {
  @TempDir Path temp;

  @Test
  void checkingLeavesTheInputTreeAsItWas() throws Exception {
    Path input = temp.resolve("input");
    copy(Path.of("examples"), input.resolve("examples"));
    copy(Path.of("src/test/resources/bad-input"), input.resolve("bad-input"));
    Map<String, String> before = snapshot(input);
    Path reports = Files.createDirectories(temp.resolve("reports"));

    for (String stream : List.of("never", "always")) {
      List<String> args = new ArrayList<>(List.of("check", input.toString(), "--as-of",
          "2005-08-31", "--stream", stream, "--format", "text"));
      for (String format : List.of("json", "html", "markdown", "csv", "junit", "sarif")) {
        args.add("-o");
        args.add(format + "=" + reports.resolve(stream + "." + format));
      }
      int exit = ScenarioTest.run(args, new StringWriter(), new StringWriter());
      assertThat(exit).as("a run over broken datasets").isEqualTo(2);
    }

    assertThat(snapshot(input)).isEqualTo(before);
    try (Stream<Path> written = Files.list(reports)) {
      assertThat(written.count()).as("the reports went where they were asked to").isEqualTo(12);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Each path under the root: its kind, size, modification time and, for files, SHA-256. */
  private static Map<String, String> snapshot(Path root) throws IOException,
      NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        String content = a.isRegularFile() ? HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) : "dir";
        out.put(root.relativize(p).toString(),
            a.size() + " " + a.lastModifiedTime().toMillis() + " " + content);
      }
    }
    return out;
  }
}
