package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.branchcheck.io.WordCount.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected counts worked out by hand from the Word/WPS rules in the domain brief. */
class WordCountTest {

  @ParameterizedTest(name = "[{0}] word={1} nospace={2} han={3}")
  @CsvSource(delimiter = '|', value = {
      // 4 汉字
      "我爱中国|4|4|4",
      // 4 汉字 + full-width 。 = 5
      "我爱中国。|5|5|4",
      // a run of half-width digits counts once
      "2005|1|4|0",
      // three half-width runs separated by spaces: June / 30, / 2003
      "June 30, 2003|3|11|0",
      // 2005 年 7 月 25 日: three digit runs + three 汉字
      "2005年7月25日|6|10|3",
      // "Hello," is one run, then 2 汉字
      "Hello,世界|3|8|2",
      // full-width letters count one by one
      "ＡＢＣ|3|3|0",
      // curly quotes and 汉字: “ 党 章 ” = 4
      "“党章”|4|4|2",
      // line breaks and ideographic spaces count 0
      "学习\\n　党章|4|4|4",
      // mixed: 学习 2, 'CEL' 1, 规则 2, '3.0' 1, ， 1, 完成 2 = 9
      "学习CEL规则3.0，完成|9|13|6",
      // half-width punctuation between 汉字 is a run of its own: 你好 2 , 1 世界 2 ! 1 = 6
      "你好,世界!|6|6|4",
      // the same with full-width marks: each counts 1, so the same 6
      "你好，世界！|6|6|4",
      // 'Hello,' and 'world!' are two runs
      "Hello, world!|2|12|0",
      // full-width digits count one by one, like 汉字: ２００５ 4 + 年 1 = 5
      "２００５年|5|5|1",
      // a percentage and a decimal are one run each: 出勤率 3 + '97.3%' 1 = 4
      "出勤率97.3%|4|8|3",
      // an e-mail address and a hyphenated word are one run each: 邮箱 2 + 1 + 和 1 + 1 = 5
      "邮箱 dangzhibu@example.com 和 e-mail|5|30|3",
      // an em dash pair and a middle dot count one by one: —— 2 + 党章 2 + · 1 + 学习 2 = 7
      "——党章·学习|7|7|4",
      // tabs and non-breaking spaces separate runs and count 0
      "A\tB\u00a0C|3|3|0",
      "''|0|0|0"})
  void countsLikeWordAndWps(String text, long word, long noSpaces, long han) {
    String t = text.equals("''") ? "" : text.replace("\\n", "\n").replace("\\t", "\t")
        .replace("\\u00a0", "\u00a0");
    assertThat(WordCount.count(t, Mode.WORD)).as("word").isEqualTo(word);
    assertThat(WordCount.count(t, Mode.CHARS_NO_SPACES)).as("no spaces").isEqualTo(noSpaces);
    assertThat(WordCount.count(t, Mode.HAN)).as("han").isEqualTo(han);
  }
}
