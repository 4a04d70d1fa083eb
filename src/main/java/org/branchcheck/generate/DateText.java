package org.branchcheck.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Dates as branches type them: mostly 2005-07-28, now and then 2005/7/28 or 2005年7月28日, all
 * forms the checker reads. Hand-typed columns (joining dates, review dates) vary; the session
 * calendar, kept by the office, is uniform.
 */
final class DateText {
  private DateText() {}

  static String iso(LocalDate d) {
    return d.toString();
  }

  static String typed(LocalDate d, SplittableRandom random) {
    int roll = random.nextInt(10);
    if (roll == 0) {
      return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }
    if (roll == 1) {
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    return d.toString();
  }
}
