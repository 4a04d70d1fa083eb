package org.branchcheck.report;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.branchcheck.report.XlsxStyles.Fill;

/**
 * One table of the workbook: a bold heading row, frozen so it stays in view, an autofilter over
 * the rows, and columns as wide as their contents (within limits). A table longer than a sheet
 * holds continues on another sheet named like the first with a number, "检查结果 (2)", which
 * repeats the heading: nothing is left out, however large the district. Rows are streamed; only
 * the last few are held in memory.
 */
final class XlsxTable {
  private final SXSSFWorkbook book;
  private final XlsxStyles styles;
  private final int maxRows;
  private final String name;
  private final List<String> headings;
  private int[] widths;
  private SXSSFSheet sheet;
  private int sheets;
  /** On the current sheet: the next row, the heading's (-1 until written), the last table row. */
  private int next;
  private int heading = -1;
  private int lastRow = -1;

  XlsxTable(SXSSFWorkbook book, XlsxStyles styles, int maxRows, String name,
      List<String> headings) {
    this.book = book;
    this.styles = styles;
    this.maxRows = maxRows;
    this.name = name;
    this.headings = headings;
    newSheet();
  }

  /** A row above the heading, on the first sheet only: what the table is about. */
  void above(List<?> values, Fill fill, boolean bold) {
    if (heading >= 0) {
      throw new IllegalStateException("the table has begun");
    }
    write(values, fill, bold);
  }

  /** A row of the table, highlighted by {@code fill}. */
  void row(List<?> values, Fill fill) {
    room();
    lastRow = write(values, fill, false);
  }

  /**
   * The closing total, in bold below the rows and outside the filter: filtering the rows must not
   * hide it, nor sorting move it among them.
   */
  void total(List<?> values, Fill fill) {
    room();
    write(values, fill, true);
  }

  /** Freezes the heading, puts the filter on the rows, sets the widths: the sheet is done. */
  void close() {
    begin();
    sheet.createFreezePane(0, heading + 1);
    sheet.setAutoFilter(new CellRangeAddress(heading, Math.max(heading, lastRow), 0,
        headings.size() - 1));
    for (int c = 0; c < widths.length; c++) {
      // in 1/256 of a character, with room for the filter's drop-down button
      sheet.setColumnWidth(c, (widths[c] + 3) * 256);
    }
  }

  private void newSheet() {
    sheets++;
    sheet = book.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
    next = 0;
    heading = -1;
    lastRow = -1;
    widths = new int[headings.size()];
  }

  /** Makes room for one more row: on this sheet, or on the next one. */
  private void room() {
    begin();
    if (next >= maxRows) {
      close();
      newSheet();
      begin();
    }
  }

  private void begin() {
    if (heading < 0) {
      heading = write(headings, Fill.NONE, true);
    }
  }

  private int write(List<?> values, Fill fill, boolean bold) {
    SXSSFRow row = sheet.createRow(next);
    for (int c = 0; c < values.size(); c++) {
      XlsxCells.put(row, c, values.get(c), styles, fill, bold);
      if (c >= widths.length) {
        widths = Arrays.copyOf(widths, c + 1);
      }
      widths[c] = Math.max(widths[c], XlsxCells.width(values.get(c)));
    }
    return next++;
  }
}
