package org.branchcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.rules.FactDocs;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code branchcheck rules facts}: what a rule expression can read, for rule authors. */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = "Lists the facts rule expressions can read (member.*, org.*, rollup.*), with"
        + " their types and where they come from.")
public final class RulesFactsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FactDocs.all().forEach((fact, doc) -> out.println(fact + "  " + doc));
    out.flush();
    return ExitCode.OK.code();
  }
}
