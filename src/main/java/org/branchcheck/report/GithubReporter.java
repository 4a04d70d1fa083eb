package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetStatus;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Severity;

/**
 * GitHub Actions workflow commands, one per line, so that a run in a workflow step shows each
 * failure as an annotation on the record's row in the submitted file:
 * {@code ::error file=F,line=N,col=C,title=RULE TITLE::MESSAGE}.
 *
 * <p>Failures of error severity are {@code ::error}, of warning severity {@code ::warning} (or
 * {@code ::error} under {@code --fail-on warning}, because then they fail the run); waived
 * failures are {@code ::notice}; passes, exemptions and rules that do not apply give nothing.
 * Input problems are {@code ::error} titled {@code input error}. A last {@code ::notice} sums the
 * run up. Text from the records and the rule set is escaped as {@code @actions/core} escapes it,
 * so no name or message can end the line and start a command of its own.
 */
public final class GithubReporter implements Reporter {
  static final String INPUT_ERROR_TITLE = "input error";

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    for (Problem p : run.problems()) {
      inputError(out, p.at(), p.message());
    }
    for (CheckResult d : run.datasets()) {
      for (Problem p : d.problems()) {
        inputError(out, d.source().locate(p.at()), p.message());
      }
      for (Finding f : run.shown(d)) {
        finding(out, run, d, f);
      }
    }
    out.write(command("notice", List.of("title", "branchcheck"), summary(run)));
    out.flush();
  }

  private static void inputError(Writer out, SourceLocation at, String message)
      throws IOException {
    List<String> props = location(at);
    props.add("title");
    props.add(INPUT_ERROR_TITLE + sheetCell(at));
    out.write(command("error", props, message));
  }

  private static void finding(Writer out, RunResult run, CheckResult d, Finding f)
      throws IOException {
    String kind = kind(f, run.options().failOn());
    if (kind == null) {
      return;
    }
    List<String> props = location(d.source().locate(f.at()));
    props.add("title");
    props.add((f.title().isEmpty() ? f.rule() : f.rule() + " " + f.title())
        + sheetCell(f.at()));
    String message = f.outcome() == Outcome.WAIVED ? "waived: " + f.message() : f.message();
    out.write(command(kind, props, message));
  }

  /** The command a finding becomes, or null when it needs no annotation. */
  static String kind(Finding f, Severity failOn) {
    if (f.outcome() == Outcome.WAIVED) {
      return "notice";
    }
    if (f.outcome() != Outcome.FAIL) {
      return null;
    }
    return f.severity().compareTo(failOn) <= 0 ? "error" : "warning";
  }

  /** GitHub cannot point into a workbook's lines, so the title names the sheet and cell. */
  static String sheetCell(SourceLocation at) {
    return at != null && at.inSheet() ? " (" + at.sheetReference() + ")" : "";
  }

  private static List<String> location(SourceLocation at) {
    List<String> props = new ArrayList<>();
    props.add("file");
    props.add(at.file());
    if (!at.inSheet() && at.line() > 0) {
      props.add("line");
      props.add(String.valueOf(at.line()));
      if (at.column() > 0) {
        props.add("col");
        props.add(String.valueOf(at.column()));
      }
    }
    return props;
  }

  private static String summary(RunResult run) {
    int n = run.datasets().size();
    StringBuilder s = new StringBuilder();
    s.append("checked ").append(n).append(n == 1 ? " dataset: " : " datasets: ")
        .append(run.count(DatasetStatus.PASSED)).append(" passed, ")
        .append(run.count(DatasetStatus.FAILED)).append(" failed, ")
        .append(run.count(DatasetStatus.UNREADABLE)).append(" unreadable");
    if (!run.problems().isEmpty()) {
      s.append("; ").append(run.problems().size()).append(" input error")
          .append(run.problems().size() == 1 ? "" : "s").append(" outside any dataset");
    }
    s.append("; exit status ").append(ExitCode.of(run.status()).code())
        .append(" (").append(run.status().code()).append(")");
    return s.toString();
  }

  /**
   * One command line. Properties come as name, value pairs; like {@code @actions/core}, a
   * property whose value is empty is left out rather than sent as {@code name=}.
   */
  static String command(String name, List<String> props, String message) {
    StringBuilder s = new StringBuilder("::").append(name);
    String sep = " ";
    for (int i = 0; i < props.size(); i += 2) {
      if (!props.get(i + 1).isEmpty()) {
        s.append(sep).append(props.get(i)).append('=').append(escapeProperty(props.get(i + 1)));
        sep = ",";
      }
    }
    return s.append("::").append(escapeData(message)).append('\n').toString();
  }

  /** {@code escapeData} of {@code @actions/core}: a line break would end the command. */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** {@code escapeProperty}: ':' and ',' would also end the value or the property list. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
