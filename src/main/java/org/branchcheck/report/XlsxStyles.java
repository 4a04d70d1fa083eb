package org.branchcheck.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of the workbook, made when first asked for and then shared: a workbook holds at
 * most 64,000 styles, and one per cell would run out long before a district's findings do. A
 * style is a kind of value, a row's fill and whether it is bold (headings, totals).
 */
final class XlsxStyles {
  /** How a row is marked: not at all, as a failure, or as a warning. */
  enum Fill {
    NONE(0),
    // Excel's own "light red fill" and "yellow fill" of its conditional formats, so the colours
    // read as failure and warning the way they do in any other workbook.
    FAIL(0xFFFFC7CEL),
    WARN(0xFFFFEB9CL);

    /** Alpha first: Excel reads a colour as four bytes and may take three as something else. */
    private final byte[] argb;

    Fill(long argb) {
      this.argb = argb == 0 ? null : new byte[] {(byte) (argb >> 24), (byte) (argb >> 16),
          (byte) (argb >> 8), (byte) argb};
    }
  }

  /** What a cell holds, which decides its number format. */
  enum Kind {
    TEXT(null),
    /** Text that would read as a formula if typed: marked so that editing it keeps it text. */
    QUOTED(null),
    COUNT("0"),
    PERCENT("0.0%"),
    DATE("yyyy-mm-dd");

    private final String format;

    Kind(String format) {
      this.format = format;
    }
  }

  private record Key(Kind kind, Fill fill, boolean bold) {}

  private final Workbook book;
  private final Map<Key, CellStyle> made = new HashMap<>();
  private Font boldFont;

  XlsxStyles(Workbook book) {
    this.book = book;
  }

  CellStyle of(Kind kind, Fill fill, boolean bold) {
    return made.computeIfAbsent(new Key(kind, fill, bold), this::make);
  }

  private CellStyle make(Key key) {
    XSSFCellStyle style = (XSSFCellStyle) book.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    if (key.kind().format != null) {
      style.setDataFormat(book.createDataFormat().getFormat(key.kind().format));
    }
    if (key.kind() == Kind.QUOTED) {
      style.setQuotePrefixed(true);
    }
    if (key.fill().argb != null) {
      style.setFillForegroundColor(new XSSFColor(key.fill().argb, null));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (key.bold()) {
      style.setFont(boldFont());
    }
    return style;
  }

  private Font boldFont() {
    if (boldFont == null) {
      boldFont = book.createFont();
      boldFont.setBold(true);
    }
    return boldFont;
  }
}
