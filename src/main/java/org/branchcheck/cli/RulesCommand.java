package org.branchcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code branchcheck rules …}: reading, explaining, checking and testing rule sets. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists, shows, explains, type-checks and tests rule sets.",
    subcommands = {RulesListCommand.class, RulesShowCommand.class, RulesExplainCommand.class,
      RulesFactsCommand.class, RulesCheckCommand.class, RulesTestCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; for test: every expectation held and every rule is covered",
      "1:test: an expectation did not hold, or a rule has no passing/failing test",
      "2:a rule set or test file is unreadable or wrong, or an unknown id",
      "3:an internal error (a bug): please report it"
    })
public final class RulesCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
