package org.branchcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.model.Lang;
import org.branchcheck.report.ReportFiles;
import org.branchcheck.template.TemplateFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck template}: an empty, documented dataset to start from. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes an empty dataset with every table and column, to fill in: a TARGET ending in .xlsx"
          + " gets a workbook (an instructions sheet, then one sheet per table with its header"
          + " row, a comment on each header, drop-down lists and date and number checks), any"
          + " other TARGET a folder of CSV files (header rows only, UTF-8 with a byte-order"
          + " mark) with the instructions in a text file.",
      "The same options give byte-identical files."
    })
public final class TemplateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TARGET",
      description = "The .xlsx workbook or the folder to write (a folder is created if missing).")
  Path target;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the sheet, file and column names and of the instructions:"
          + " zh (中文) or en (default: from the system's locale, here ${DEFAULT-VALUE})."
          + " Both are read alike.")
  Lang lang = Lang.of(java.util.Locale.getDefault());

  @Option(names = "--force", description = "Replace an existing workbook, or write into a folder"
      + " that is not empty (files of the same names are replaced, others left as they are).")
  boolean force;

  @Override
  public Integer call() {
    TemplateFiles.Written written;
    try {
      written = TemplateFiles.write(target, lang, force);
    } catch (TemplateFiles.Refused e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      spec.commandLine().getErr().println("branchcheck template: cannot write " + target + ": "
          + ReportFiles.reason(e));
      return ExitCode.INPUT_ERROR.code();
    }
    spec.commandLine().getOut().println("wrote " + target + (written.workbook()
        ? ": a workbook with an instructions sheet and a sheet per table"
        : ": " + String.join(", ", written.files())));
    return ExitCode.OK.code();
  }
}
