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
import org.branchcheck.report.XlsxDump;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same scenarios (empty, all pass, mixed, exempt and waived, input error) run against every
 * report format. Each folder under {@code src/test/resources/formats} holds {@code args} (one
 * argument per line, {@code {here}} for the folder), inputs, {@code expected.exit}, and one
 * {@code expected.<format>} per format. The command runs in-process with {@code --format} added.
 * A binary format (xlsx) is written with {@code --output} instead, and its expectation is a text
 * dump of the file ({@link XlsxDump}), {@code expected.<format>.txt}.
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
  void writesTheExpectedReport(String scenario, ReportFormat format, @TempDir Path tmp)
      throws IOException {
    Path dir = ROOT.resolve(scenario);
    List<String> args = new ArrayList<>(Files.readAllLines(dir.resolve("args"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .map(l -> l.replace("{here}", dir.toString())).toList());
    boolean binary = format.reporter().binary();
    Path file = tmp.resolve("report." + format);
    args.addAll(binary ? List.of("--output", format + "=" + file)
        : List.of("--format", format.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(args, out, err);
    String report = out.toString();
    if (binary) {
      assertThat(report).as("nothing on stdout; stderr was: " + err).isEmpty();
      report = XlsxDump.of(file);
    }

    Path expected = dir.resolve(golden(format));
    Path expectedExit = dir.resolve("expected.exit");
    if (UPDATE) {
      Files.writeString(expected, report, StandardCharsets.UTF_8);
      Files.writeString(expectedExit, exit + "\n");
    }
    assertThat(report).as("report; stderr was: " + err)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(Integer.parseInt(Files.readString(expectedExit).strip()));
  }

  /** {@code expected.<format>}; a binary format's golden is its text dump, {@code .txt}. */
  private static String golden(ReportFormat format) {
    return "expected." + format + (format.reporter().binary() ? ".txt" : "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binaryFormats")
  void aBinaryFormatIsRefusedOnStandardOutputBeforeAnythingIsChecked(ReportFormat format) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of("check", "--rules", "no-such-rules.yaml", "--format",
        format.toString(), "no-such-dataset"), out, err);
    assertThat(exit).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("--format " + format, "-o " + format + "=FILE")
        .doesNotContain("no-such-rules.yaml", "no-such-dataset");
  }

  static Stream<ReportFormat> binaryFormats() {
    return Stream.of(ReportFormat.values()).filter(f -> f.reporter().binary());
  }
}
