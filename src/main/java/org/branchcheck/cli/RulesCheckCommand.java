package org.branchcheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code branchcheck rules check FILE...}: load and type-check, nothing else. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Loads and type-checks rule-set files (and what they extend) without any data:"
        + " every problem with file, line, column and a hint.")
public final class RulesCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|ID", description = "Rule-set files or ids.")
  List<String> references;

  @Override
  public Integer call() {
    int code = ExitCode.OK.code();
    for (String reference : references) {
      try {
        RuleSet r = RuleSetCatalog.load(reference);
        spec.commandLine().getOut().println(reference + ": ok, " + r.id() + " " + r.version()
            + ", " + r.rules().size() + " rules, " + r.params().size() + " parameters"
            + (r.switchedOff().isEmpty() ? "" : ", " + r.switchedOff().size() + " switched off"));
      } catch (RuleSetException e) {
        e.problems().forEach(p -> spec.commandLine().getErr().println(p));
        spec.commandLine().getErr().println(reference + ": " + e.problems().size()
            + " problem(s)");
        code = ExitCode.INPUT_ERROR.code();
      }
    }
    spec.commandLine().getOut().flush();
    return code;
  }
}
