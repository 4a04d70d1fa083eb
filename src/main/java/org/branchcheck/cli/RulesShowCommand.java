package org.branchcheck.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.io.Values;
import org.branchcheck.rules.Rule;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck rules show [ID|FILE]}: a rule set as loaded, after everything it extends. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints a rule set as loaded: what it extends, parameters in force, rules with"
        + " severity and any changes an extending set made, rules switched off and why.")
public final class RulesShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID|FILE",
      defaultValue = "xianjinxing-2005/phase1",
      description = "A shipped rule-set id or a rule-set file (default: ${DEFAULT-VALUE}).")
  String reference;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Also say which rules are not in force on this day.")
  String asOf;

  @Override
  public Integer call() {
    Optional<RuleSet> loaded = RuleSetArgument.load(reference, spec);
    if (loaded.isEmpty()) {
      return ExitCode.INPUT_ERROR.code();
    }
    RuleSet rules = loaded.get();
    StringBuilder text = new StringBuilder(RuleSetText.show(rules));
    if (asOf != null) {
      LocalDate day;
      try {
        day = Values.date(asOf);
      } catch (Values.BadValue e) {
        spec.commandLine().getErr().println("--as-of: '" + asOf + "' is not " + e.getMessage());
        return ExitCode.INPUT_ERROR.code();
      }
      text.append("\non ").append(day).append(": ").append(rules.inForceOn(day)
          ? "the rule set is in force" : "the rule set is NOT in force").append('\n');
      for (Rule r : rules.rules()) {
        if (!r.inForceOn(day)) {
          text.append("  not in force: ").append(r.id()).append(" (").append(r.periodText())
              .append(")\n");
        }
      }
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
