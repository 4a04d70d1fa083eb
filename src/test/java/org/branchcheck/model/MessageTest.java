package org.branchcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTest {
  /** A key whose template is the same in both languages but marked by language. */
  private static Message.Key key(String template) {
    return lang -> (lang == Lang.ZH ? "zh:" : "en:") + template;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{0} is {1}|en:a is b",
      "{1}{0}|en:ba",
      "no placeholders|en:no placeholders",
      "{2} is past the arguments|en:{2} is past the arguments",
      "{x} and {} and {0|en:{x} and {} and {0",
      "'{0}' {0}|en:'a' a"})
  void fillsTheTemplatesPlaceholdersWithTheArguments(String template, String expected) {
    assertThat(Message.of(key(template), "a", "b").in(Lang.EN)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"EN|en:x: en:inner 7", "ZH|zh:x: zh:inner 7"})
  void saysANestedMessageInTheSameLanguage(Lang lang, String expected) {
    Message inner = Message.of(key("inner {0}"), 7);
    assertThat(Message.of(key("x: {0}"), inner).in(lang)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zh_CN,ZH", "zh_TW,ZH", "zh,ZH", "en_US,EN", "fr_FR,EN", "und,EN"})
  void theDefaultLanguageFollowsTheLocale(String locale, Lang expected) {
    assertThat(Lang.of(Locale.forLanguageTag(locale.replace('_', '-')))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"EN,en:bad", "ZH,zh:bad"})
  void aProblemIsTheSameProblemInEveryLanguageButSaidInOne(Lang lang, String expected) {
    SourceLocation at = new SourceLocation("a.csv", 2, 3);
    Problem p = Problem.of(at, key("bad"));
    assertThat(p.message(lang)).isEqualTo(expected);
    assertThat(p.in(lang).message()).isEqualTo(expected);
    assertThat(p).isEqualTo(Problem.of(at, key("bad"))).hasSameHashCodeAs(Problem.of(at,
        key("bad")));
    assertThat(List.of(Problem.of(at, key("b")), Problem.of(at, key("a"))).stream().sorted()
        .map(Problem::message)).containsExactly("en:a", "en:b");
  }
}
