package org.branchcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;
import org.branchcheck.rules.RuleSetText;
import org.branchcheck.rules.ShippedRuleSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code branchcheck rules list}: the rule sets shipped in the jar. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists the shipped rule sets: id, version, title, number of rules.")
public final class RulesListCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int code = ExitCode.OK.code();
    for (String id : ShippedRuleSets.ids()) {
      try {
        out.println(RuleSetText.listLine(RuleSetCatalog.load(id)));
      } catch (RuleSetException e) {
        e.problems().forEach(p -> spec.commandLine().getErr().println(p));
        code = ExitCode.INPUT_ERROR.code();
      }
    }
    out.flush();
    return code;
  }
}
