package org.branchcheck.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchcheck.io.Expected;
import org.branchcheck.io.Values;
import org.branchcheck.io.WordCount;

/**
 * The types a rule-set parameter may have, how each is written as text (in YAML, in a dataset's
 * params table, or with {@code --param}), and the CEL value it becomes.
 */
public enum ParamType {
  INT(SimpleType.INT) {
    @Override
    Object parse(String text) throws Values.BadValue {
      try {
        return Long.parseLong(Values.halfWidth(text).strip());
      } catch (NumberFormatException e) {
        throw new Values.BadValue(Expected.WHOLE_NUMBER);
      }
    }
  },
  NUMBER(SimpleType.DOUBLE) {
    @Override
    Object parse(String text) throws Values.BadValue {
      try {
        return new BigDecimal(Values.halfWidth(text).strip()).doubleValue();
      } catch (NumberFormatException e) {
        throw new Values.BadValue(Expected.NUMBER);
      }
    }
  },
  STRING(SimpleType.STRING) {
    @Override
    Object parse(String text) {
      return text;
    }
  },
  BOOL(SimpleType.BOOL) {
    @Override
    Object parse(String text) throws Values.BadValue {
      return Values.bool(text);
    }
  },
  /** A date, given to rules as an ISO string so that dates compare as text. */
  DATE(SimpleType.STRING) {
    @Override
    Object parse(String text) throws Values.BadValue {
      return Values.date(text).toString();
    }
  },
  /** An exact ratio such as "2/3", given to rules as {num, den}. */
  FRACTION(FactTypes.FRACTION) {
    @Override
    Object parse(String text) throws Values.BadValue {
      Matcher m = FRACTION_TEXT.matcher(Values.halfWidth(text).strip());
      if (!m.matches()) {
        throw new Values.BadValue(Expected.FRACTION);
      }
      long num = Long.parseLong(m.group(1));
      long den = Long.parseLong(m.group(2));
      if (den == 0 || num > den) {
        throw new Values.BadValue(Expected.FRACTION_RANGE);
      }
      return Map.of("num", num, "den", den);
    }
  },
  /** A calendar period for cadence rules: quarter 季度, half_year 半年 or year 年. */
  PERIOD(SimpleType.STRING) {
    @Override
    Object parse(String text) throws Values.BadValue {
      return switch (Values.halfWidth(text).strip().replaceFirst("^每", "")) {
        case "quarter", "季度", "季" -> "quarter";
        case "half_year", "半年" -> "half_year";
        case "year", "年" -> "year";
        default -> throw new Values.BadValue(Expected.PERIOD);
      };
    }
  },
  /**
   * How essays' 字数 are counted: word (Word's and WPS's 字数), chars_no_spaces (字符数(不计空格))
   * or han (汉字数). The engine reads the parameter named {@code count_mode}.
   */
  COUNT_MODE(SimpleType.STRING) {
    @Override
    Object parse(String text) throws Values.BadValue {
      WordCount.Mode mode = WordCount.Mode.parse(Values.halfWidth(text));
      if (mode == null) {
        throw new Values.BadValue(Expected.COUNT_MODE);
      }
      return mode.code();
    }
  },
  /** A list of texts; written inline as "a, b" or "a、b", or as a YAML list. */
  LIST(ListType.create(SimpleType.STRING)) {
    @Override
    Object parse(String text) {
      return Arrays.stream(text.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty())
          .toList();
    }
  };

  private static final Pattern FRACTION_TEXT = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,9})");

  private final CelType celType;

  ParamType(CelType celType) {
    this.celType = celType;
  }

  public CelType celType() {
    return celType;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The CEL value of one textual value; the message of the exception says what was expected. */
  abstract Object parse(String text) throws Values.BadValue;

  /** The list form, for list parameters given as a YAML list. */
  Object parseAll(List<String> texts) {
    return List.copyOf(texts);
  }

  public static java.util.Optional<ParamType> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
