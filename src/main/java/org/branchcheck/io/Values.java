package org.branchcheck.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchcheck.model.Coded;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Message;
import org.branchcheck.model.Hours;

/**
 * Parses the value forms real files use: dates as 2005-07-25, 2005/7/25, 2005.7.25, 2005年7月25日,
 * 20050725 (full-width digits too); booleans as 是/否/Y/N/true/false/1/0; hours as decimals; enum
 * values in English or Chinese. Each parser throws {@link BadValue} saying what was expected.
 */
public final class Values {
  private static final Pattern SEPARATED =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final LocalDate[] RECENT_DATES = new LocalDate[4096];
  /** An accepted upper bound for one session's hours: more than a day is a typo. */
  public static final long MAX_SESSION_CENTI_HOURS = 24 * 100L;

  private Values() {}

  /** A value that does not parse; the message says what was expected. */
  public static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message expected;

    public BadValue(Message expected) {
      super(expected.in(Lang.EN));
      this.expected = expected;
    }

    public BadValue(Message.Key key, Object... args) {
      this(Message.of(key, args));
    }

    /** What was expected, in any language. */
    public Message expected() {
      return expected;
    }
  }

  /** Full-width digits and punctuation (as typed with a Chinese input method) to ASCII. */
  public static String halfWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        out.append(' ');
      } else if (c == '\u3002') {
        out.append('.');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The Party's founding day: no record here can be dated earlier, so such a date is a typo. */
  public static final LocalDate EARLIEST = LocalDate.of(1921, 7, 1);

  public static LocalDate date(String text) throws BadValue {
    String t = halfWidth(text).strip();
    Matcher m = SEPARATED.matcher(t);
    if (!m.matches()) {
      m = COMPACT.matcher(t);
    }
    if (!m.matches()) {
      throw new BadValue(Expected.DATE_FORM);
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new BadValue(Expected.DATE_EXISTS);
    }
    if (date.isBefore(EARLIEST)) {
      throw new BadValue(Expected.DATE_SINCE, EARLIEST);
    }
    return shared(date);
  }

  /**
   * The same date as one read recently, if there was one: a district's records name a few
   * thousand days, and a date object for each of hundreds of thousands of records costs 24 bytes.
   * A racy cache of immutable values, so safe without locks.
   */
  private static LocalDate shared(LocalDate d) {
    int slot = (int) (d.toEpochDay() & (RECENT_DATES.length - 1));
    LocalDate recent = RECENT_DATES[slot];
    if (d.equals(recent)) {
      return recent;
    }
    RECENT_DATES[slot] = d;
    return d;
  }

  public static boolean bool(String text) throws BadValue {
    switch (halfWidth(text).strip().toLowerCase(Locale.ROOT)) {
      case "是", "y", "yes", "true", "1", "有", "对" -> {
        return true;
      }
      case "否", "n", "no", "false", "0", "无", "没有" -> {
        return false;
      }
      default -> throw new BadValue(Expected.YES_NO);
    }
  }

  /** Hours of one session or sign-in row, as exact hundredths; 0 to 24 with ≤ 2 decimals. */
  public static long hours(String text) throws BadValue {
    long centi;
    try {
      centi = Hours.parseCenti(halfWidth(text).strip());
    } catch (NumberFormatException e) {
      throw new BadValue(Expected.HOURS_FORM);
    }
    if (centi < 0 || centi > MAX_SESSION_CENTI_HOURS) {
      throw new BadValue(Expected.HOURS_RANGE);
    }
    return centi;
  }

  /** A count such as 字数: a whole number ≥ 0; thousands separators allowed. */
  public static int count(String text) throws BadValue {
    String t = halfWidth(text).strip().replace(",", "");
    try {
      int n = Integer.parseInt(t);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new BadValue(Expected.COUNT);
  }

  /** An area in square metres such as 50 or 62.5 (a unit suffix 平方米, ㎡ or m2 is allowed). */
  public static double area(String text) throws BadValue {
    String t = halfWidth(text).strip().replaceAll("\\s*(平方米|平米|㎡|m2|m²)$", "");
    try {
      double a = new java.math.BigDecimal(t).doubleValue();
      if (a >= 0 && a <= 1_000_000) {
        return a;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new BadValue(Expected.AREA);
  }

  /** A list written in one cell: items separated by 、 , ， ; or ；, blanks dropped. */
  public static List<String> list(String text) {
    return java.util.Arrays.stream(text.split("[、,，;；]")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** An enum value by its English code or any Chinese spelling. */
  public static <E extends Enum<E> & Coded> E coded(Class<E> type, String text) throws BadValue {
    Optional<E> found = codedOrEmpty(type, text);
    if (found.isPresent()) {
      return found.get();
    }
    StringBuilder expected = new StringBuilder();
    E[] all = type.getEnumConstants();
    for (int i = 0; i < all.length; i++) {
      expected.append(i == 0 ? "" : ", ").append(all[i].code())
          .append('/').append(all[i].chinese().get(0));
    }
    throw new BadValue(Expected.ONE_OF, expected.toString());
  }

  private static <E extends Enum<E> & Coded> Optional<E> codedOrEmpty(Class<E> type, String text) {
    String t = halfWidth(text).strip().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      for (String spelling : e.spellings()) {
        if (spelling.toLowerCase(Locale.ROOT).equals(t)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
