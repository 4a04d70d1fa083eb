package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalSafeWriterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      escape sequence | a\u001b[31mb       | a\uFFFD[31mb
      bell            | x\u0007y          | x\uFFFDy
      carriage return | 覆盖\rX            | 覆盖\uFFFDX
      C1 control      | a\u009bb          | a\uFFFDb
      delete          | a\u007fb          | a\uFFFDb
      plain Chinese   | 张三 学习时间 6 学时 | 张三 学习时间 6 学时
      """)
  void replacesControlCharacters(String what, String raw, String safe) {
    assertThat(TerminalSafeWriter.safe(raw)).isEqualTo(safe);
  }

  @Test
  void keepsLineFeedsAndTabs() {
    assertThat(TerminalSafeWriter.safe("a\nb\tc")).isEqualTo("a\nb\tc");
  }
}
