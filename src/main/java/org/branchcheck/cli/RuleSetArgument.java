package org.branchcheck.cli;

import java.util.Optional;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;
import picocli.CommandLine;

/** Loads the rule set a {@code rules} subcommand names, printing every problem when it cannot. */
final class RuleSetArgument {
  private RuleSetArgument() {}

  static Optional<RuleSet> load(String reference, CommandLine.Model.CommandSpec spec) {
    try {
      return Optional.of(RuleSetCatalog.load(reference));
    } catch (RuleSetException e) {
      e.problems().forEach(p -> spec.commandLine().getErr().println(p));
      return Optional.empty();
    }
  }
}
