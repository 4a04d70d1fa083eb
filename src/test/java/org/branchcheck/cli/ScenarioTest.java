package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * End-to-end scenarios: each folder under {@code src/test/resources/scenarios} holds {@code args}
 * (one argument per line; {@code {here}} is the folder itself), the expected standard output
 * {@code expected.out}, the expected exit code {@code expected.exit} and, where present, the
 * expected standard error {@code expected.err}. The command runs
 * in-process. Run with {@code -Dbranchcheck.updateGolden=true} to rewrite the expectations after a
 * deliberate change, then review the diff.
 */
class ScenarioTest {
  private static final Path ROOT = Path.of("src/test/resources/scenarios");
  private static final boolean UPDATE = Boolean.getBoolean("branchcheck.updateGolden");

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  /** What an in-process run gave. */
  record Result(int exit, String out, String err) {}

  /** Runs the command line in-process; returns the exit code, filling out and err. */
  static int run(List<String> args, StringWriter out, StringWriter err) {
    CommandLine cl = BranchcheckCommand.configure(new CommandLine(new BranchcheckCommand()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void producesTheExpectedReportAndExitCode(Path scenario) throws IOException {
    check(scenario);
  }

  /** Runs the scenario's command and compares (or, updating, rewrites) its expectations. */
  static Result check(Path scenario) throws IOException {
    return check(scenario, List.of(), "expected");
  }

  /**
   * Runs the scenario's command with {@code extra} arguments appended, against the expectations
   * named {@code expected}.out, .exit and .err.
   */
  static Result check(Path scenario, List<String> extra, String expected) throws IOException {
    List<String> args = new java.util.ArrayList<>(Files.readAllLines(scenario.resolve("args"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .map(l -> l.replace("{here}", scenario.toString())).toList());
    args.addAll(extra);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = run(args, out, err);

    Path expectedOut = scenario.resolve(expected + ".out");
    Path expectedExit = scenario.resolve(expected + ".exit");
    if (UPDATE) {
      Files.writeString(expectedOut, out.toString(), StandardCharsets.UTF_8);
      Files.writeString(expectedExit, exit + "\n");
    }
    assertThat(out.toString()).as("stdout; stderr was: " + err)
        .isEqualTo(Files.readString(expectedOut, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(Integer.parseInt(Files.readString(expectedExit).strip()));
    // Scenarios about error messages also pin standard error.
    Path expectedErr = scenario.resolve(expected + ".err");
    if (Files.exists(expectedErr) || UPDATE && !expected.equals("expected")) {
      if (UPDATE) {
        Files.writeString(expectedErr, err.toString(), StandardCharsets.UTF_8);
      }
      assertThat(err.toString()).isEqualTo(Files.readString(expectedErr, StandardCharsets.UTF_8));
    }
    return new Result(exit, out.toString(), err.toString());
  }

}
