package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        .contains("--format=FORMAT", "csv, github,", "json, junit, markdown, sarif, text",
            "--as-of=DATE", "--param=NAME=VALUE", "--output=FORMAT=FILE", "--fail-on",
            "--failures-only", "--redact");
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
  void runningOutOfMemoryIsToldAsSuchWithTheRemedyAndAnythingElseAsAnInternalError() {
    assertThat(BranchcheckCommand.failure(
        new IllegalStateException(new OutOfMemoryError("Java heap space"))))
        .startsWith("branchcheck: out of memory (a heap of ").contains("-Xmx1g");
    assertThat(BranchcheckCommand.failure(new IllegalStateException("x")))
        .isEqualTo("branchcheck: internal error: java.lang.IllegalStateException: x");
  }
}
