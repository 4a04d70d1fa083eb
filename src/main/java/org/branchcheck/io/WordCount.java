package org.branchcheck.io;

import java.util.Locale;
import org.branchcheck.model.TextCounts;

/**
 * Counts the length of an essay the way members and reviewers see it. The default mode is Word's
 * and WPS's 字数: every CJK character and every full-width punctuation mark counts 1, every run of
 * half-width characters between spaces or CJK characters counts 1 ("2005" is 1, "June 30, 2003" is
 * 3), spaces and line breaks count 0.
 */
public final class WordCount {

  /** The counting modes a rule set can choose. */
  public enum Mode {
    /** Word's and WPS's 字数. */
    WORD,
    /** 字符数(不计空格): every character that is not white space. */
    CHARS_NO_SPACES,
    /** Chinese characters (汉字) only. */
    HAN;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** How a report names the mode, as Word's and WPS's dialog does. */
    public String label() {
      return switch (this) {
        case WORD -> "Word 字数";
        case CHARS_NO_SPACES -> "字符数（不计空格）";
        case HAN -> "汉字数";
      };
    }

    /** The mode named by its code or its Chinese label; null when none matches. */
    public static Mode parse(String text) {
      String t = text.strip().replace(" ", "").replace("（", "(").replace("）", ")")
          .toLowerCase(Locale.ROOT);
      return switch (t) {
        case "word", "字数", "word字数", "wps字数" -> WORD;
        case "chars_no_spaces", "字符数", "字符数(不计空格)", "字符数不计空格" -> CHARS_NO_SPACES;
        case "han", "汉字", "汉字数" -> HAN;
        default -> null;
      };
    }
  }

  private WordCount() {}

  /** The text counted in every mode at once. */
  public static TextCounts counts(String text) {
    return new TextCounts(count(text, Mode.WORD), count(text, Mode.CHARS_NO_SPACES),
        count(text, Mode.HAN));
  }

  /** The count of one mode out of counts made in every mode. */
  public static long of(TextCounts counts, Mode mode) {
    return switch (mode) {
      case WORD -> counts.words();
      case CHARS_NO_SPACES -> counts.charsNoSpaces();
      case HAN -> counts.han();
    };
  }

  public static long count(String text, Mode mode) {
    return switch (mode) {
      case WORD -> word(text);
      case CHARS_NO_SPACES -> text.codePoints().filter(c -> !isSpace(c)).count();
      case HAN -> text.codePoints().filter(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN).count();
    };
  }

  private static long word(String text) {
    long count = 0;
    boolean inRun = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        inRun = false;
      } else if (isEastAsian(c)) {
        count++;
        inRun = false;
      } else if (!inRun) {
        count++;
        inRun = true;
      }
    }
    return count;
  }

  /**
   * Characters Word counts one by one: CJK ideographs, kana and hangul, CJK and full-width
   * punctuation and forms, and the curly quotes, ellipsis, dash and middle dot of Chinese text.
   */
  static boolean isEastAsian(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
        || (c >= 0xFF01 && c <= 0xFF60) // full-width forms
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
        || (c >= 0x2018 && c <= 0x201F) // curly quotes
        || c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00B7;
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF;
  }
}
