package org.branchcheck.report;

import java.time.LocalDate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.branchcheck.report.XlsxStyles.Fill;
import org.branchcheck.report.XlsxStyles.Kind;

/**
 * Values into cells: text as text (never a formula, whatever it starts with), counts and rates as
 * numbers, dates as dates. Text comes from the submitted files and must not cost the district its
 * workbook: characters XML cannot carry become U+FFFD, visibly, where POI would write a '?' that
 * reads like one the user typed; text longer than a cell holds is cut, and says so.
 */
final class XlsxCells {
  /** The most characters (UTF-16 units, as Excel counts) one cell holds. */
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  /** Widths in characters: at least a heading's, at most what a screen can show beside others. */
  static final int MIN_WIDTH = 6;
  static final int MAX_WIDTH = 60;

  /** A share from 0 to 1, shown as a percentage. */
  record Rate(double fraction) {}

  private XlsxCells() {}

  /** Writes {@code value} (text, a count, a {@link Rate}, a date, or null for none) in a cell. */
  static void put(Row row, int column, Object value, XlsxStyles styles, Fill fill,
      boolean bold) {
    Cell cell = row.createCell(column);
    if (value == null) {
      cell.setCellStyle(styles.of(Kind.TEXT, fill, bold));
    } else if (value instanceof String s) {
      String text = text(s);
      cell.setCellValue(text);
      cell.setCellStyle(styles.of(formulaLike(text) ? Kind.QUOTED : Kind.TEXT, fill, bold));
    } else if (value instanceof Rate r) {
      cell.setCellValue(r.fraction());
      cell.setCellStyle(styles.of(Kind.PERCENT, fill, bold));
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(styles.of(Kind.DATE, fill, bold));
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(styles.of(Kind.COUNT, fill, bold));
    } else {
      throw new IllegalArgumentException("no cell for " + value.getClass());
    }
  }

  /** The text as a cell holds it: legal in XML, line breaks as LF, at most {@link #MAX_TEXT}. */
  static String text(String s) {
    String legal = IndentedXml.text(s);
    if (legal.length() <= MAX_TEXT) {
      return legal;
    }
    String marker = "…（已截断：原文 " + legal.length() + " 个字符，单元格最多 " + MAX_TEXT + " 个）";
    int keep = MAX_TEXT - marker.length();
    if (Character.isHighSurrogate(legal.charAt(keep - 1))) {
      keep--; // not half a character
    }
    return legal.substring(0, keep) + marker;
  }

  /** What a spreadsheet would run as a formula were the text typed in, as CSV guards. */
  private static boolean formulaLike(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
  }

  /** About how many character widths a value needs: its longest line, CJK counted double. */
  static int width(Object value) {
    String shown = value == null ? ""
        : value instanceof Rate ? "100.0%"
        : value instanceof LocalDate ? "2005-08-31"
        : value.toString();
    int widest = 0;
    int line = 0;
    for (int i = 0; i < shown.length() && widest < MAX_WIDTH; ) {
      int c = shown.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        line = 0;
        continue;
      }
      line += wide(c) ? 2 : 1;
      widest = Math.max(widest, line);
    }
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest));
  }

  /** East Asian wide: CJK, kana, hangul and the full-width forms take two columns. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
