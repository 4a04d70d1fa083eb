package org.branchcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Problem;
import org.branchcheck.report.XlsxStyles.Fill;
import org.branchcheck.rules.Severity;

/**
 * The findings and the roll-up as an Excel workbook, the form the district office forwards.
 * Sheets: 汇总 (what was checked, then a row per dataset and the total; see {@link XlsxSummary}),
 * one per organisation level present ({@link XlsxOrgLevels}), 检查结果 (the findings, as {@code
 * --failures-only} chooses) and, when there are any, 输入问题 (every problem with the input, in
 * the run's language). Each table has a bold, frozen heading and an autofilter; failing rows are
 * light red, warnings amber. A sheet that would pass Excel's 1,048,576 rows continues on another
 * ({@link XlsxTable}).
 *
 * <p>Binary, so it goes to a file ({@code -o xlsx=FILE}), never to a terminal. Rows are streamed
 * ({@link XlsxBook}): memory does not grow with the findings. The same run gives the same bytes:
 * the one clock reading POI would store, the document's creation time, is the as-of date instead
 * (POI's streaming zip writer stores no entry times at all).
 */
public final class XlsxReporter implements Reporter {
  static final String FINDINGS = "检查结果";
  static final String PROBLEMS = "输入问题";
  static final List<String> FINDING_HEADINGS = List.of("数据集", "规则", "要求", "性质", "结果",
      "对象", "对象名称", "组织", "原因与差距", "位置");
  static final List<String> PROBLEM_HEADINGS = List.of("数据集", "位置", "问题");

  private final int maxRows;

  public XlsxReporter() {
    this(SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** Sheets of at most {@code maxRows} rows: the tests' way to reach the limit. */
  XlsxReporter(int maxRows) {
    if (maxRows < 6) {
      throw new IllegalArgumentException("the summary needs 6 rows, not " + maxRows);
    }
    this.maxRows = maxRows;
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    throw new IOException("an xlsx report is a binary workbook, not text; write it to a file"
        + " (-o xlsx=FILE)");
  }

  @Override
  public void write(RunResult run, OutputStream out) throws IOException {
    SXSSFWorkbook book = new XlsxBook();
    try {
      XlsxStyles styles = new XlsxStyles(book);
      XlsxSummary.write(new XlsxTable(book, styles, maxRows, XlsxSummary.SHEET,
          XlsxSummary.HEADINGS), run, run.rollup());
      XlsxOrgLevels.levels(run).forEach((name, rows) -> XlsxOrgLevels.write(
          new XlsxTable(book, styles, maxRows, name, XlsxOrgLevels.HEADINGS), rows));
      findings(new XlsxTable(book, styles, maxRows, FINDINGS, FINDING_HEADINGS), run);
      if (!run.problems().isEmpty()
          || run.datasets().stream().anyMatch(CheckResult::hasInputErrors)) {
        problems(new XlsxTable(book, styles, maxRows, PROBLEMS, PROBLEM_HEADINGS), run);
      }
      properties(book.getXSSFWorkbook().getProperties(), run);
      book.write(out);
    } finally {
      book.close();
    }
  }

  private static void findings(XlsxTable table, RunResult run) {
    Severity failOn = run.options().failOn();
    for (CheckResult d : run.datasets()) {
      for (Finding f : run.shown(d)) {
        table.row(Arrays.asList(d.source().path(), f.rule(), f.title(), severity(f.severity()),
            outcome(f.outcome()), f.subject(), f.subjectName(), f.org(), f.message(),
            d.source().where(f.at())), fill(f, failOn));
      }
    }
    table.close();
  }

  /** A failure at {@code --fail-on} or worse fails the dataset; a lesser one is a warning. */
  static Fill fill(Finding f, Severity failOn) {
    if (f.outcome() != Outcome.FAIL) {
      return Fill.NONE;
    }
    return f.severity().compareTo(failOn) <= 0 ? Fill.FAIL : Fill.WARN;
  }

  /** Every problem, not a digest as in the reports people read: a table is filtered instead. */
  private static void problems(XlsxTable table, RunResult run) {
    Lang lang = run.options().lang();
    for (Problem p : run.problems()) {
      table.row(List.of("", p.at().toString(), p.message(lang)), Fill.FAIL);
    }
    for (CheckResult d : run.datasets()) {
      for (Problem p : d.problems()) {
        table.row(List.of(d.source().path(), d.source().where(p.at()), p.message(lang)),
            Fill.FAIL);
      }
    }
    table.close();
  }

  private static void properties(POIXMLProperties properties, RunResult run) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreated(Optional.of(Date.from(run.asOf().atStartOfDay(ZoneOffset.UTC).toInstant())));
    core.setCreator("branchcheck");
    core.setTitle(IndentedXml.legal(PrintableContent.title(run)));
    properties.getExtendedProperties().setApplication("branchcheck");
  }

  static String severity(Severity s) {
    return s == Severity.ERROR ? "必须达标" : "警告";
  }

  static String outcome(Outcome o) {
    return switch (o) {
      case FAIL -> "未达标";
      case WAIVED -> "已批准例外";
      case EXEMPT -> "免除";
      case PASS -> "通过";
      case NOT_APPLICABLE -> "不适用";
    };
  }
}
