package org.branchcheck.cli;

import java.io.PrintWriter;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.report.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code branchcheck} command: subcommands only. */
@Command(
    name = "branchcheck",
    mixinStandardHelpOptions = true,
    versionProvider = BranchcheckCommand.VersionProvider.class,
    description = "Checks party-branch study records against a declarative rule set.",
    subcommands = {CheckCommand.class, DiffCommand.class, GenerateCommand.class, RulesCommand.class,
      AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n")
public final class BranchcheckCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with the exit codes, error handling and UTF-8 output wired in. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new BranchcheckCommand());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true));
    configure(cl);
    return cl;
  }

  /** Exit codes and handlers, shared by {@link #commandLine()} and in-process tests. */
  public static CommandLine configure(CommandLine cl) {
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
    cl.getSubcommands().get("check").getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR.code());
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println(ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'branchcheck " + ex.getCommandLine()
          .getCommandName() + " --help' for more information.");
      return ExitCode.INPUT_ERROR.code();
    });
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("branchcheck: internal error: " + ex);
      return ExitCode.INTERNAL_ERROR.code();
    });
    return cl;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"branchcheck " + Version.get()};
    }
  }
}
