package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "姓名,党员编号\n张三,M01\n";

  @Test
  void readsPlainUtf8() throws Exception {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void stripsTheByteOrderMarkExcelWritesForCsvUtf8() throws Exception {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.encoding()).isEqualTo("UTF-8 (BOM)");
  }

  @Test
  void fallsBackToGb18030ForExcelOnChineseWindows() throws Exception {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(TextDecoder.GB18030));
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.encoding()).isEqualTo("GB18030");
  }

  @Test
  void readsGbkAsASubsetOfGb18030() throws Exception {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes("GBK"));
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void readsUtf16WithByteOrderMark() throws Exception {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16));
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorGb18030() {
    byte[] bytes = {(byte) 0x81, (byte) 0x20, (byte) 0xFF};
    assertThatThrownBy(() -> TextDecoder.decode(bytes))
        .isInstanceOf(CharacterCodingException.class);
  }
}
