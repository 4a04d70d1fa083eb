package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Building only the subcommand a run names must not change what the run does or prints. */
class SubcommandsTest {
  private static String run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return exit + "\n" + out + "\n" + err;
  }

  @ParameterizedTest
  @ValueSource(strings = {"check --help", "check --format pdf x.yaml", "check", "diff --help",
      "rules --help", "rules list", "rules show xianjinxing-2005/phase1", "--help", "--version",
      "chek x.yaml", "generate-completion", "template --help", "template", ""})
  void aRunOfOneSubcommandBehavesAsWithAllOfThem(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    CommandLine all = BranchcheckCommand.configure(new CommandLine(new BranchcheckCommand()));
    CommandLine named = BranchcheckCommand.configure(BranchcheckCommand.addSubcommands(
        new CommandLine(new BranchcheckCommand()), args));

    assertThat(run(named, args)).isEqualTo(run(all, args));
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "diff", "rules", "template"})
  void aRunOfOneSubcommandBuildsOnlyThatOne(String name) {
    CommandLine named = BranchcheckCommand.addSubcommands(
        new CommandLine(new BranchcheckCommand()), name, "--help");

    assertThat(named.getSubcommands()).containsOnlyKeys(name);
  }
}
