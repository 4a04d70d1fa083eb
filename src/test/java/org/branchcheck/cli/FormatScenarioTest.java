package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.report.ReportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same scenarios (empty, all pass, mixed, exempt and waived, input error) run against every
 * report format. Each folder under {@code src/test/resources/formats} holds {@code args} (one
 * argument per line, {@code {here}} for the folder), inputs, {@code expected.exit}, and one
 * {@code expected.<format>} per format. The command runs in-process with {@code --format} added.
 * {@code -Dbranchcheck.updateGolden=true} rewrites the expectations (review the diff);
 * {@code -Dbranchcheck.format=NAME} limits the run to one format.
 */
class FormatScenarioTest {
  private static final Path ROOT = Path.of("src/test/resources/formats");
  private static final boolean UPDATE = Boolean.getBoolean("branchcheck.updateGolden");
  private static final String ONLY = System.getProperty("branchcheck.format", "");

  static Stream<Arguments> scenarios() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        for (ReportFormat f : ReportFormat.values()) {
          if (ONLY.isEmpty() || ONLY.equals(f.toString())) {
            out.add(Arguments.of(dir.getFileName().toString(), f));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("scenarios")
  void writesTheExpectedReport(String scenario, ReportFormat format) throws IOException {
    Path dir = ROOT.resolve(scenario);
    List<String> args = new ArrayList<>(Files.readAllLines(dir.resolve("args"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .map(l -> l.replace("{here}", dir.toString())).toList());
    args.add("--format");
    args.add(format.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(args, out, err);

    Path expected = dir.resolve("expected." + format);
    Path expectedExit = dir.resolve("expected.exit");
    if (UPDATE) {
      Files.writeString(expected, out.toString(), StandardCharsets.UTF_8);
      Files.writeString(expectedExit, exit + "\n");
    }
    assertThat(out.toString()).as("stdout; stderr was: " + err)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(Integer.parseInt(Files.readString(expectedExit).strip()));
  }
}
