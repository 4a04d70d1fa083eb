package org.branchcheck.model;

import java.math.BigDecimal;

/**
 * Study hours held exactly as hundredths of an hour, so that sums and the two-thirds comparison never
 * go through rounded floating point.
 */
public final class Hours {
  public static final int SCALE = 100;

  private Hours() {}

  /** Parses "1.5", "2", "0.25"; more than two decimal places is not a whole number of hundredths. */
  public static long parseCenti(String text) throws NumberFormatException {
    BigDecimal value = new BigDecimal(text.trim());
    BigDecimal centi = value.movePointRight(2);
    try {
      return centi.longValueExact();
    } catch (ArithmeticException e) {
      throw new NumberFormatException("at most two decimal places");
    }
  }

  public static double toDouble(long centi) {
    return centi / (double) SCALE;
  }

  /** "32.5", "40", "7.25": no trailing zeros, at most two decimals. */
  public static String format(long centi) {
    return BigDecimal.valueOf(centi, 2).stripTrailingZeros().toPlainString();
  }
}
