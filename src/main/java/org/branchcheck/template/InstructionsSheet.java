package org.branchcheck.template;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.model.Lang;

/**
 * The workbook's first sheet: what the workbook is, how it is read, and one row per table and
 * per column saying what each holds, what values it takes, whether it is required, an example.
 */
final class InstructionsSheet {
  /** The column headings, in the order the cells of a column row are written. */
  static final List<String> HEADINGS = List.of("col_sheet", "col_header", "col_code",
      "col_other", "col_meaning", "col_accepts", "col_required", "col_example");
  private static final int[] WIDTHS = {16, 18, 18, 20, 52, 44, 8, 24};

  private final XSSFSheet sheet;
  private final SheetStyles styles;
  private int next;

  private InstructionsSheet(XSSFSheet sheet, SheetStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  static void write(XSSFWorkbook workbook, SheetStyles styles, Notes notes, Lang lang) {
    XSSFSheet sheet = workbook.createSheet(notes.text("instructions_sheet").in(lang));
    InstructionsSheet s = new InstructionsSheet(sheet, styles);
    Guide guide = Guide.of(notes, lang, true);
    s.row(styles.title(), guide.title());
    guide.paragraphs().forEach(p -> s.row(null, p));
    s.next++;
    s.row(styles.title(), notes.text("table_heading").in(lang));
    int headingRow = s.next;
    s.row(styles.header(), HEADINGS.stream().map(k -> notes.text(k).in(lang))
        .toArray(String[]::new));
    for (Guide.TableGuide table : guide.tables()) {
      s.row(styles.bold(), table.name(), "", table.code(), table.otherNames(), table.meaning());
      for (Guide.ColumnGuide c : table.columns()) {
        s.row(styles.wrapped(), table.name(), c.header(), c.code(), c.otherHeaders(),
            c.meaning(), c.accepted(), c.required(), c.example());
      }
    }
    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    sheet.setAutoFilter(new CellRangeAddress(headingRow, s.next - 1, 0, WIDTHS.length - 1));
  }

  /** A row of cells from column A; wrapped rows grow tall enough for their longest text. */
  private void row(XSSFCellStyle style, String... cells) {
    XSSFRow row = sheet.createRow(next++);
    int lines = 1;
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
      if (style != null) {
        row.getCell(i).setCellStyle(style);
      }
      if (style == styles.wrapped() || style == styles.bold()) {
        lines = Math.max(lines, linesIn(cells[i], WIDTHS[i]));
      }
    }
    if (lines > 1) {
      row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
    }
  }

  /** Lines a wrapped cell of {@code width} characters needs, Chinese characters taking two. */
  private static int linesIn(String text, int width) {
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += Math.max(1, (TableSheet.displayWidth(line) + width - 3) / (width - 2));
    }
    return lines;
  }
}
