package org.branchcheck.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * A numeric cell's value as the text a CSV file would hold: a date shown as a date becomes
 * 2005-07-25 (Excel keeps it as the day's serial number, 38558), any other number is written out
 * plainly (never 1.2E+11, never 0.30000000000000004). Display formats are otherwise ignored: a
 * cell shown as "40.0" or "40 学时" holds 40, and 40 is what the checker reads.
 */
final class CellText {
  /** Excel shows 15 significant digits; the 16th and 17th are binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);
  /** The serial of 9999-12-31, Excel's last day. */
  private static final double LAST_SERIAL = 2958465;

  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  CellText(StylesTable styles, boolean date1904) {
    this.styles = styles;
    this.date1904 = date1904;
  }

  /** True when the cell style shows a number as a date or a time. */
  boolean isDate(int style) {
    return dateStyles.computeIfAbsent(style, this::dateStyle);
  }

  private boolean dateStyle(int index) {
    if (styles == null || index >= styles.getNumCellStyles()) {
      return false;
    }
    XSSFCellStyle s = styles.getStyleAt(index);
    return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
  }

  /** The text of a number cell in this style. */
  String number(String raw, int style) {
    return isDate(style) ? date(raw) : plain(raw);
  }

  /** A date serial as an ISO day (the time of day dropped), or the raw text if it is not one. */
  String date(String raw) {
    double serial;
    try {
      serial = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
    if (!(serial >= 0 && serial <= LAST_SERIAL)) {
      return plain(raw);
    }
    LocalDateTime day = DateUtil.getLocalDateTime(serial, date1904, true);
    return day == null ? plain(raw) : day.toLocalDate().toString();
  }

  /** A number written out in full with at most 15 significant digits, as Excel shows it. */
  static String plain(String raw) {
    try {
      BigDecimal n = new BigDecimal(raw.strip()).round(EXCEL_DIGITS).stripTrailingZeros();
      if (n.signum() == 0) {
        return "0";
      }
      // Beyond Excel's own range (1E+308) written out plainly, a number would be a flood of
      // zeros: such a value is no date, hours or count, and its raw text says so.
      return Math.abs(n.scale()) > 40 ? raw : n.toPlainString();
    } catch (NumberFormatException | ArithmeticException e) {
      return raw;
    }
  }
}
