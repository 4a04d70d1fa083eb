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
        .contains("0   every error-severity rule passed")
        .contains("1   some error-severity rule failed")
        .contains("2   bad input, bad rule set or bad usage")
        .contains("3   an internal error")
        .contains("--format=FORMAT", "json, text", "--as-of=DATE", "--param=NAME=VALUE");
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
}
