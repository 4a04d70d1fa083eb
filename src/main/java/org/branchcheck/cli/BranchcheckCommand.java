package org.branchcheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.report.Version;
import org.branchcheck.rules.RuleCache;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code branchcheck} command: subcommands only. */
@Command(
    name = "branchcheck",
    mixinStandardHelpOptions = true,
    versionProvider = BranchcheckCommand.VersionProvider.class,
    description = "Checks party-branch study records against a declarative rule set.",
    exitCodeListHeading = "%nExit codes:%n")
public final class BranchcheckCommand implements Runnable {
  /** The subcommands by name, in the order help lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("check", CheckCommand.class);
    SUBCOMMANDS.put("diff", DiffCommand.class);
    SUBCOMMANDS.put("generate", GenerateCommand.class);
    SUBCOMMANDS.put("rules", RulesCommand.class);
    SUBCOMMANDS.put("template", TemplateCommand.class);
    SUBCOMMANDS.put("generate-completion", AutoComplete.GenerateCompletion.class);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where {@code check} keeps compiled rule sets; none unless run as the packaged tool. */
  RuleCache ruleCache = RuleCache.NONE;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line for {@code args} with the exit codes, error handling and UTF-8 output wired
   * in, and the user's rule cache (in-process tests use {@link #configure} and get none).
   */
  public static CommandLine commandLine(String... args) {
    BranchcheckCommand top = new BranchcheckCommand();
    top.ruleCache = UserRuleCache.find();
    CommandLine cl = addSubcommands(new CommandLine(top), args);
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true));
    configure(cl);
    return cl;
  }

  /**
   * Picocli builds a subcommand's model by reflection when it is added, and that is a good share
   * of a cold start; so when {@code args} start with a subcommand's name only that one is added
   * (the run cannot reach the others). Otherwise all are, for the help and the "did you mean"
   * hints; and always for {@code generate-completion}, which describes the whole tree.
   */
  static CommandLine addSubcommands(CommandLine cl, String... args) {
    Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (named != null && named != AutoComplete.GenerateCompletion.class) {
      return cl.addSubcommand(named);
    }
    SUBCOMMANDS.values().forEach(cl::addSubcommand);
    return cl;
  }

  /**
   * Exit codes and handlers, shared by {@link #commandLine} and in-process tests; a command line
   * without subcommands gets all of them first (settings reach only the subcommands present).
   */
  public static CommandLine configure(CommandLine cl) {
    if (cl.getSubcommands().isEmpty()) {
      addSubcommands(cl);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
    CommandLine check = cl.getSubcommands().get("check");
    if (check != null) {
      check.getCommandSpec().usageMessage()
          .exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    }
    cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR.code());
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println(ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'branchcheck " + ex.getCommandLine()
          .getCommandName() + " --help' for more information.");
      return ExitCode.INPUT_ERROR.code();
    });
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      Failure failure = Failure.of(ex, parsed.originalArgs(), Failure.crashDir());
      line.getErr().println(failure.message());
      return failure.exitCode().code();
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
