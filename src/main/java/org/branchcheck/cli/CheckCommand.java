package org.branchcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Checker;
import org.branchcheck.io.Values;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck check}: one dataset against one rule set, a report on standard output. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks one dataset (a folder of CSV tables, or one YAML file) against a rule set and",
      "prints a pass/fail report with the reason and gap of every failure."
    })
public final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DATASET", description = "A folder of CSV tables or a .yaml file.")
  Path dataset;

  @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = "xianjinxing-2005/phase1",
      description = "A shipped rule set's id or a rule-set YAML file (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Override a rule-set parameter; wins over the dataset's own params table.")
  Map<String, String> params = new java.util.LinkedHashMap<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day the check is made, for waivers and deadlines (default: today).")
  String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Override
  public Integer call() throws IOException {
    LocalDate day;
    try {
      day = asOf == null ? LocalDate.now() : Values.date(asOf);
    } catch (Values.BadValue e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--as-of: '" + asOf + "' is not " + e.getMessage());
    }
    List<ParamOverride> overrides = new ArrayList<>();
    params.forEach((k, v) -> overrides.add(new ParamOverride(k, v,
        SourceLocation.ofFile("--param " + k))));
    CheckResult result = Checker.check(rules, dataset, overrides, day);
    PrintWriter out = spec.commandLine().getOut();
    format.reporter().write(result, out);
    out.flush();
    return exitCode(result).code();
  }

  static ExitCode exitCode(CheckResult result) {
    if (result.hasInputErrors()) {
      return ExitCode.INPUT_ERROR;
    }
    return result.hasBlockingFailures() ? ExitCode.FAILED : ExitCode.OK;
  }
}
