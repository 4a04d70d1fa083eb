package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

  @Test
  void helpListsEveryExitCode() {
    StringWriter out = new StringWriter();
    int exit = ScenarioTest.run(List.of("check", "--help"), out, new StringWriter());
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Exit codes:")
        .contains("0   every dataset passed")
        .contains("1   some dataset has a failure")
        .contains("2   some dataset, the rule set or the command line is unreadable")
        .contains("3   an internal error")
        .contains("4   the data did not fit the Java heap")
        .contains("--format=FORMAT", "csv, github,", "json, junit, markdown, sarif, text",
            "--as-of=DATE", "--param=NAME=VALUE", "--output=FORMAT=FILE", "--fail-on",
            "--failures-only", "--redact", "--lang=LANG",
            "Language of the problems with the input");
  }

  @Test
  void printsTheVersion() {
    StringWriter out = new StringWriter();
    assertThat(ScenarioTest.run(List.of("--version"), out, new StringWriter())).isZero();
    assertThat(out.toString()).startsWith("branchcheck 0.");
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() {
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of("check", "--format", "pdf", "x.yaml"),
        new StringWriter(), err);
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--format").contains("pdf")
        .contains("Try 'branchcheck check --help'");
  }

  @Test
  void anUnknownLanguageIsBadUsage() {
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of("check", "--lang", "fr",
        "examples/single-branch/branch.yaml"), new StringWriter(), err);
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--lang").contains("fr");
  }

  @Test
  void aBadAsOfDateIsBadUsage() {
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of("check", "--as-of", "2005-02-30",
        "examples/single-branch/branch.yaml"), new StringWriter(), err);
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--as-of: '2005-02-30' is not a date that exists");
  }

  @Test
  void generatesShellCompletion() {
    StringWriter out = new StringWriter();
    assertThat(ScenarioTest.run(List.of("generate-completion"), out, new StringWriter())).isZero();
    assertThat(out.toString()).contains("complete -F").contains("branchcheck");
  }

  @Test
  void runningOutOfMemoryIsToldAsSuchWithTheRemedyAndItsOwnCode(@TempDir Path dir) {
    Failure failure = Failure.of(new IllegalStateException(new OutOfMemoryError("Java heap space")),
        List.of("check"), dir);
    assertThat(failure.exitCode().code()).isEqualTo(4);
    assertThat(failure.message()).startsWith("branchcheck: out of memory (a heap of ")
        .contains("-Xmx1g");
  }

  @Test
  void anInternalErrorIsOneLineAndTheStackTraceGoesToTheFileItNames(@TempDir Path dir)
      throws IOException {
    String home = System.getProperty("branchcheck.crashDir");
    System.setProperty("branchcheck.crashDir", dir.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try {
      CommandLine cl = BranchcheckCommand.configure(new CommandLine(new BranchcheckCommand()));
      cl.addSubcommand("explode", new CommandLine(new Exploding()));
      cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
      exit = cl.execute("explode", "--now");
    } finally {
      if (home == null) {
        System.clearProperty("branchcheck.crashDir");
      } else {
        System.setProperty("branchcheck.crashDir", home);
      }
    }
    assertThat(exit).isEqualTo(3);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("branchcheck: internal error (IllegalStateException),"
        + " a bug; the details are in " + dir).doesNotContain("\tat ");
    try (Stream<Path> files = Files.list(dir)) {
      Path details = files.findFirst().orElseThrow();
      assertThat(err.toString()).contains(details.toString());
      assertThat(Files.readString(details)).startsWith("branchcheck ")
          .contains("arguments: [explode, --now]")
          .contains("java.lang.IllegalStateException: the pieces do not fit")
          .contains("\tat org.branchcheck.cli.CliTest$Exploding.run");
    }
  }

  /** A command with a bug. */
  @CommandLine.Command(name = "explode")
  static final class Exploding implements Runnable {
    @CommandLine.Option(names = "--now") boolean now;

    @Override
    public void run() {
      throw new IllegalStateException("the pieces do not fit");
    }
  }
}
