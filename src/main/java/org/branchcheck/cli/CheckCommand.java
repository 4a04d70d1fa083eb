package org.branchcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.branchcheck.engine.BatchChecker;
import org.branchcheck.engine.ReadMode;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.model.Lang;
import org.branchcheck.engine.RunResult;
import org.branchcheck.io.Values;
import org.branchcheck.report.ReportFiles;
import org.branchcheck.report.ReportFormat;
import org.branchcheck.rules.RuleCache;
import org.branchcheck.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck check}: datasets against one rule set, reports to stdout and to files. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks datasets (folders of CSV tables, .xlsx workbooks or YAML files; folders of"
          + " submissions are searched) against a rule set and reports, for every member and"
          + " organisation, pass or fail with the reason and the gap.",
      "Datasets are checked in parallel; the output is in path order."
    })
public final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand BranchcheckCommand parent;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Datasets, or folders to search for them.")
  List<Path> paths;

  @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = "xianjinxing-2005/phase1",
      description = "A shipped rule set's id or a rule-set YAML file (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Override a rule-set parameter; wins over the dataset's own params table.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day the check is made, for waivers and deadlines (default: today).")
  String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format on standard output: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE}; none when only --output is given). xlsx, an Excel"
          + " workbook, goes only to a file: -o xlsx=FILE.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=FILE",
      converter = ReportOutput.Converter.class,
      description = "Also write a report in FORMAT to FILE (atomically); repeatable.")
  List<ReportOutput> outputs = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Least severity that fails a dataset: error or warning (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(names = "--failures-only",
      description = "List only findings that need a look (not passes, not 'does not apply').")
  boolean failuresOnly;

  @Option(names = "--redact",
      description = "Replace people's names by stable pseudonyms (党员-XXXXXX) in every format.")
  boolean redact;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Datasets checked at once (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--stream", paramLabel = "WHEN", defaultValue = "auto",
      description = "Stream large CSV folders (attendance folded row by row, memory bounded by"
          + " members, not rows): auto (folders of 64 MiB or more), always, never.")
  String stream;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the problems with the input: zh (中文) or en (default: from the"
          + " system's locale, here ${DEFAULT-VALUE}).")
  Lang lang = Lang.of(java.util.Locale.getDefault());

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Progress on standard error: auto (only on a terminal), always, never.")
  ProgressDisplay.When progress;

  private ReadMode readMode() {
    return switch (stream) {
      case "always" -> ReadMode.ALWAYS;
      case "never" -> ReadMode.NEVER;
      case "auto" -> ReadMode.AUTO;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--stream: expected auto, always or never, not '" + stream + "'");
    };
  }

  @Override
  public Integer call() throws IOException {
    LocalDate day;
    try {
      day = asOf == null ? LocalDate.now() : Values.date(asOf);
    } catch (Values.BadValue e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--as-of: '" + asOf + "' is not " + e.getMessage());
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads: must be at least 1");
    }
    Set<Path> targets = new HashSet<>();
    for (ReportOutput o : outputs) {
      if (!targets.add(o.file().toAbsolutePath().normalize())) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--output: " + o.file() + " is named more than once; give each report its own file");
      }
    }
    boolean toStdout = outputs.isEmpty()
        || spec.commandLine().getParseResult().hasMatchedOption("--format");
    if (toStdout && format.reporter().binary()) {
      // bytes of a zip archive would garble a terminal and break any pipe expecting text
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
          + ": a binary report is not written to standard output; write it to a file with -o "
          + format + "=FILE");
    }
    BatchChecker.Request request = new BatchChecker.Request(rules, List.copyOf(paths),
        params, day, new ReportOptions(failOn, failuresOnly, redact, lang), threads,
        parent == null ? RuleCache.NONE : parent.ruleCache, readMode());
    RunResult run;
    try (ProgressDisplay display = ProgressDisplay.open(progress, spec.commandLine().getErr())) {
      run = BatchChecker.run(request, display);
    }
    if (toStdout) {
      PrintWriter out = spec.commandLine().getOut();
      format.reporter().write(run, out);
      out.flush();
    }
    List<String> failedWrites = new ArrayList<>();
    for (ReportOutput o : outputs) {
      try {
        ReportFiles.write(o.file(), o.format(), run);
      } catch (IOException e) {
        failedWrites.add(o.file() + ": " + ReportFiles.reason(e));
      }
    }
    if (!failedWrites.isEmpty()) {
      failedWrites.forEach(m -> spec.commandLine().getErr().println(
          "branchcheck: cannot write report " + m));
      return ExitCode.INPUT_ERROR.code();
    }
    return ExitCode.of(run.status()).code();
  }
}
