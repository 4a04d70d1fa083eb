package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Message;
import org.branchcheck.rules.ParamMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message about the input has a Chinese template that says as much as the English. */
class MessageCatalogTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  static Stream<Message.Key> keys() {
    List<Message.Key> all = new ArrayList<>();
    all.addAll(List.of(ReadMessage.values()));
    all.addAll(List.of(Expected.values()));
    all.addAll(List.of(ParamMessage.values()));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theChineseIsChineseAndHasTheSamePlaceholders(Message.Key key) {
    String en = key.template(Lang.EN);
    String zh = key.template(Lang.ZH);
    assertThat(placeholders(zh)).as(zh).isEqualTo(placeholders(en));
    assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
    assertThat(zh).isNotEqualTo(en);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theEnglishHasNoChineseOfItsOwn(Message.Key key) {
    // Chinese in the English is only the forms a user may type (是/否, 党员名册.csv, 季度).
    String en = key.template(Lang.EN);
    assertThat(HAN.matcher(en.replaceAll("[^\\s,;:(]*/[^\\s,;:)]*|\\S*\\.csv|\\S*年\\S*", ""))
        .find()).as(en).isFalse();
  }

  private static TreeSet<String> placeholders(String template) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
