package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.generate.DistrictGenerator;
import org.branchcheck.generate.GeneratorOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming reader gives the same report, byte for byte, as reading whole: on every CSV
 * folder of the examples and of the test scenarios (broken ones included), and on generated
 * districts, with and without --failures-only, in JSON and text.
 */
class StreamingEquivalenceTest {

  static Stream<Path> csvFolders() throws IOException {
    List<Path> folders = new ArrayList<>();
    for (String root : List.of("examples", "src/test/resources")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files.filter(p -> p.toString().endsWith(".csv")).map(Path::getParent).distinct()
            .sorted().forEach(folders::add);
      }
    }
    assertThat(folders).hasSizeGreaterThan(10);
    return folders.stream();
  }

  @ParameterizedTest
  @MethodSource("csvFolders")
  void streamingReportsTheSameAsReadingWhole(Path folder) {
    for (List<String> options : List.of(List.of("--format", "json"),
        List.of("--format", "json", "--failures-only"),
        List.of("--format", "text", "--failures-only"))) {
      String whole = report(folder, options, "never");
      String streamed = report(folder, options, "always");
      assertThat(streamed).as("%s %s", folder, options).isEqualTo(whole);
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {2005, 7})
  void streamingReportsTheSameOnAGeneratedDistrict(long seed, @TempDir Path dir)
      throws IOException {
    DistrictGenerator.writeFolder(new GeneratorOptions(seed, 3000, 12), dir, true);
    streamingReportsTheSameAsReadingWhole(dir);
  }

  private static String report(Path folder, List<String> options, String stream) {
    List<String> args = new ArrayList<>(List.of("check", folder.toString(), "--as-of",
        "2005-06-30", "--stream", stream));
    args.addAll(options);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(args, out, err);
    return "exit " + exit + "\n" + out + err;
  }
}
