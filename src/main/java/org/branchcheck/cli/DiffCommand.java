package org.branchcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.report.DiffWriter;
import org.branchcheck.report.JsonReportReader;
import org.branchcheck.report.ReportDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck diff OLD.json NEW.json}: progress since the last check. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two JSON reports (check --format json): failures that are new, fixed, or still"
          + " there. Exits 1 when something newly fails or a dataset became unreadable or disappeared,"
          + " so CI can refuse a step backwards."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing newly fails and nothing was lost",
      "1:something newly fails, or a dataset is unreadable or gone in NEW",
      "2:a report cannot be read, or bad usage",
      "3:an internal error (a bug): please report it"
    })
public final class DiffCommand implements Callable<Integer> {
  /** How the comparison is written. */
  enum Format { TEXT, JSON }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier JSON report.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later JSON report.")
  Path newer;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    JsonReportReader.Report before;
    JsonReportReader.Report after;
    try {
      before = JsonReportReader.read(older);
      after = JsonReportReader.read(newer);
    } catch (JsonReportReader.NotAReport e) {
      spec.commandLine().getErr().println("branchcheck diff: " + e.getMessage());
      return ExitCode.INPUT_ERROR.code();
    } catch (IOException e) {
      spec.commandLine().getErr().println("branchcheck diff: cannot read " + e.getMessage());
      return ExitCode.INPUT_ERROR.code();
    }
    ReportDiff diff = ReportDiff.of(before, after);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      DiffWriter.json(diff, out);
    } else {
      DiffWriter.text(diff, out);
    }
    out.flush();
    return diff.regressed() ? ExitCode.FAILED.code() : ExitCode.OK.code();
  }
}
