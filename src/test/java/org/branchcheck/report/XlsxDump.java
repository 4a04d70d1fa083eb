package org.branchcheck.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, for golden files and assertions: read back with POI's full (not streaming)
 * reader, each sheet prints its name, frozen rows, autofilter range and column widths, then its
 * rows as tab-separated values. A row is marked {@code bold} when its first cell is, and {@code
 * fill=RRGGBB} when its first cell is filled. Numeric cells print as Excel shows them after a
 * {@code #}; text prints with tabs, line breaks and backslashes escaped; a formula would print
 * as {@code FORMULA(…)}.
 */
public final class XlsxDump {
  private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

  private XlsxDump() {}

  public static String of(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  public static String of(byte[] workbook) throws IOException {
    StringBuilder out = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        sheet(out, book.getSheetAt(s));
      }
    }
    return out.toString();
  }

  private static void sheet(StringBuilder out, XSSFSheet sheet) {
    out.append("== ").append(sheet.getSheetName()).append(" ==\n");
    PaneInformation pane = sheet.getPaneInformation();
    out.append("frozen rows: ").append(pane != null && pane.isFreezePane()
        ? String.valueOf(pane.getHorizontalSplitPosition()) : "none").append('\n');
    out.append("autofilter: ").append(sheet.getCTWorksheet().isSetAutoFilter()
        ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none").append('\n');
    List<String> widths = new ArrayList<>();
    int columns = 0;
    for (Row row : sheet) {
      columns = Math.max(columns, row.getLastCellNum());
    }
    for (int c = 0; c < columns; c++) {
      widths.add(String.valueOf(sheet.getColumnWidth(c) / 256));
    }
    out.append("widths: ").append(String.join(" ", widths)).append('\n');
    for (Row row : sheet) {
      out.append(row.getRowNum() + 1).append(marks(row)).append(':');
      for (int c = 0; c < row.getLastCellNum(); c++) {
        out.append('\t').append(cell(row.getCell(c)));
      }
      out.append('\n');
    }
  }

  private static String marks(Row row) {
    Cell first = row.getCell(0);
    if (first == null) {
      return "";
    }
    XSSFCellStyle style = (XSSFCellStyle) first.getCellStyle();
    String marks = "";
    if (style.getFont().getBold()) {
      marks += " bold";
    }
    XSSFColor fill = style.getFillForegroundXSSFColor();
    if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && fill != null) {
      marks += " fill=" + fill.getARGBHex().substring(2);
    }
    return marks;
  }

  /** One cell as the golden files show it. */
  public static String cell(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue().replace("\\", "\\\\").replace("\t", "\\t")
          .replace("\n", "\\n").replace("\r", "\\r");
      case NUMERIC -> "#" + FORMATTER.formatCellValue(cell);
      case BLANK -> "";
      case FORMULA -> "FORMULA(" + cell.getCellFormula() + ")";
      default -> cell.getCellType() + "(" + FORMATTER.formatCellValue(cell) + ")";
    };
  }
}
