package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetStatus;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * One row per finding, for a spreadsheet: RFC 4180, CRLF line ends, a header row, and a UTF-8
 * byte-order mark first, without which Excel on Chinese Windows reads the file as GBK and shows
 * every name garbled. The columns, always in this order:
 *
 * <ol>
 *   <li>{@code dataset} — the dataset's path as given on the command line;
 *   <li>{@code dataset_name} — its own name;
 *   <li>{@code status} — the dataset's status: {@code passed}, {@code failed} or {@code
 *       unreadable};
 *   <li>{@code org} — the subject's organisation id;
 *   <li>{@code rule}, {@code title} — the rule's id and title;
 *   <li>{@code severity} — {@code error} or {@code warning};
 *   <li>{@code outcome} — {@code fail}, {@code waived}, {@code exempt}, {@code pass}, {@code
 *       not_applicable}, or {@code input_error} for a problem with the input;
 *   <li>{@code subject}, {@code subject_name} — the member's or organisation's id and name;
 *   <li>{@code message} — the reason, in the rule set's words;
 *   <li>{@code file}, {@code line}, {@code column} — the record, file as seen from the working
 *       folder; line and column are empty when the location is the whole file or whole line;
 *   <li>{@code sheet} — in a workbook, the sheet (line and column are then its row and column
 *       number, A being 1); empty for CSV and YAML.
 * </ol>
 *
 * <p>Rows come in dataset path order, each dataset's findings in the order of the result
 * ({@code --failures-only} applies); input problems of the run as a whole come first, with empty
 * dataset columns and status {@code unreadable}, and those of an unreadable dataset take the place
 * of its findings. Rule, subject and organisation columns of {@code input_error} rows are empty.
 *
 * <p>Names and messages come from the submitted files, so a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}: a
 * spreadsheet would otherwise run it as a formula.
 */
public final class CsvReporter implements Reporter {
  public static final List<String> COLUMNS = List.of("dataset", "dataset_name", "status", "org",
      "rule", "title", "severity", "outcome", "subject", "subject_name", "message", "file",
      "line", "column", "sheet");
  static final String INPUT_ERROR = "input_error";
  static final char BOM = '\uFEFF';
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader(COLUMNS.toArray(String[]::new)).build();

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    out.write(BOM);
    // Not closed: the writer belongs to the caller.
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    for (Problem p : run.problems()) {
      problem(csv, "", "", DatasetStatus.UNREADABLE, p.at(), p.message());
    }
    for (CheckResult d : run.datasets()) {
      DatasetStatus status = run.status(d);
      for (Problem p : d.problems()) {
        problem(csv, d.source().path(), d.source().name(), status, d.source().locate(p.at()),
            p.message());
      }
      for (Finding f : run.shown(d)) {
        SourceLocation at = d.source().locate(f.at());
        row(csv, List.of(d.source().path(), d.source().name(), status.code(), f.org(), f.rule(),
            f.title(), f.severity().code(), f.outcome().code(), f.subject(), f.subjectName(),
            f.message(), at.file()), at);
      }
    }
    csv.flush();
  }

  private static void problem(CSVPrinter csv, String path, String name, DatasetStatus status,
      SourceLocation at, String message) throws IOException {
    row(csv, List.of(path, name, status.code(), "", "", "", "", INPUT_ERROR, "", "", message,
        at.file()), at);
  }

  private static void row(CSVPrinter csv, List<String> text, SourceLocation at)
      throws IOException {
    for (String cell : text) {
      csv.print(guard(cell));
    }
    csv.print(at.line() > 0 ? String.valueOf(at.line()) : "");
    csv.print(at.line() > 0 && at.column() > 0 ? String.valueOf(at.column()) : "");
    csv.print(guard(at.sheet()));
    csv.println();
  }

  /** OWASP's defence against CSV injection: a leading quote makes the cell plain text. */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }
}
