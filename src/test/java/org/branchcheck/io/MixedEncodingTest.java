package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchcheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MixedEncodingTest {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
      + "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰建国文辉"
      + "力飞鹏斌宇浩凯梅琳雪晨欣怡婷颖佳慧俊峰志海波宁松林云燕玲晓东春丹亮成德荣新金龙瑞雯琪晶鑫";

  /** Every one- and two-character given name after every surname: 60 × (60 + 60²) rows. */
  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (char s : SURNAMES.toCharArray()) {
      for (char g : GIVEN.toCharArray()) {
        out.add("" + s + g);
        for (char h : GIVEN.toCharArray()) {
          out.add("" + s + g + h);
        }
      }
    }
    return out;
  }

  private static byte[] rows(List<String> names, java.nio.charset.Charset charset) {
    StringBuilder b = new StringBuilder("id,name,org\n");
    for (int i = 0; i < names.size(); i++) {
      b.append('M').append(i).append(',').append(names.get(i)).append(",第一支部\n");
    }
    return b.toString().getBytes(charset);
  }

  /** As a streamed file is scanned: in pieces that split lines and characters. */
  private static Optional<Problem> inPieces(byte[] bytes) {
    MixedEncoding m = new MixedEncoding();
    for (int i = 0; i < bytes.length; i += 7) {
      m.accept(bytes, i, Math.min(bytes.length, i + 7));
    }
    return m.finish("members.csv");
  }

  @Test
  void noGbkNameIsTakenForUtf8() {
    byte[] gbk = rows(names(), TextDecoder.GB18030);
    assertThat(MixedEncoding.in("members.csv", gbk)).isEmpty();
    assertThat(inPieces(gbk)).isEmpty();
  }

  @Test
  void everyUtf8NameInAGbkFileIsFound() throws IOException {
    List<String> names = names();
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.write(rows(List.of("张三"), TextDecoder.GB18030));
    mixed.write(rows(names, StandardCharsets.UTF_8));
    byte[] bytes = mixed.toByteArray();
    for (Optional<Problem> found : List.of(MixedEncoding.in("members.csv", bytes),
        inPieces(bytes))) {
      // Line 2 is the GBK row; the UTF-8 part starts with its own header on line 3.
      assertThat(found).get().extracting(Problem::message).asString()
          .contains("(line 4, 5, 6, 7, 8 … (" + names.size() + "), read as UTF-8: 'M0,王伟,第一支部')");
      assertThat(found.get().at().line()).isEqualTo(4);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"M01,王五,B01|true", "a line in ASCII only|false",
      "é and ü|false", "王|false", "王五 and ü|false", "“王五”，第一支部|true"})
  void aLineCountsOnlyWhenItsNonAsciiIsChineseInThreeByteSequences(String line, boolean counts) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    assertThat(MixedEncoding.utf8Chinese(b, 0, b.length)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"王五,2", "鐜嬩簲,0", "第一支部,4", "abc,0"})
  void countsTheCommonCharacters(String text, int common) {
    assertThat(MixedEncoding.common(text)).isEqualTo(common);
  }
}
