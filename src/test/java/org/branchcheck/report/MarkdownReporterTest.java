package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and messages in Markdown table cells must stay inside their cell and read as written: no
 * extra columns, no broken rows, no formatting, links or HTML smuggled in through users' files.
 */
class MarkdownReporterTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("a pipe would split the cell", "张|三", "张\\|三"),
        Arguments.of("two pipes", "|a|b|", "\\|a\\|b\\|"),
        Arguments.of("a line feed would end the row", "第一行\n第二行", "第一行<br>第二行"),
        Arguments.of("CR LF is one break", "第一行\r\n第二行", "第一行<br>第二行"),
        Arguments.of("a lone CR", "a\rb", "a<br>b"),
        Arguments.of("Unicode line and paragraph separators", "a\u2028b\u2029c", "a<br>b<br>c"),
        Arguments.of("next line", "a\u0085b", "a<br>b"),
        Arguments.of("a backslash before a pipe", "a\\|b", "a\\\\\\|b"),
        Arguments.of("emphasis", "*重要* _注意_", "\\*重要\\* \\_注意\\_"),
        Arguments.of("code", "`rm -rf`", "\\`rm -rf\\`"),
        Arguments.of("raw HTML", "<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        Arguments.of("a link", "[点此](javascript:x)", "\\[点此\\](javascript:x)"),
        Arguments.of("an entity", "&lt;", "\\&lt;"),
        Arguments.of("a formula", "$x$", "\\$x\\$"),
        Arguments.of("strikethrough", "~~删~~", "\\~\\~删\\~\\~"),
        Arguments.of("a tab", "a\tb", "a b"),
        Arguments.of("a control character", "a\u0007b", "a\uFFFDb"),
        Arguments.of("plain Chinese is left alone", "张三 学习时间 6 学时（差 4 学时）",
            "张三 学习时间 6 学时（差 4 学时）"),
        Arguments.of("ids and paths are left alone", "member.study-hours a-b/c.yaml:5",
            "member.study-hours a-b/c.yaml:5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void escapesCellText(String why, String text, String cell) {
    assertThat(Markdown.cell(text)).isEqualTo(cell);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void escapesHeadingsAndParagraphsTheSameButBreaksLinesWithSpaces(String why, String text,
      String cell) {
    assertThat(Markdown.inline(text)).isEqualTo(cell.replace("<br>", " "));
  }

  @Test
  void aHostileNameStaysInItsCell(@TempDir Path dir) throws IOException {
    String md = HostileDataset.report(dir, "markdown", "第一|支部", "张|三\n<b>李四</b>");

    String row = md.lines().filter(l -> l.contains("M01") && l.contains("member.study-hours"))
        .findFirst().orElseThrow();
    assertThat(row).startsWith("| 张\\|三<br>\\<b\\>李四\\</b\\>（M01） | member.study-hours | ");
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
        .as("four columns, five unescaped pipes").isEqualTo(5);
    assertThat(md).contains("### 第一\\|支部（B01，党支部）");
  }

  @Test
  void aRedactedReportSaysSoInTheTitle(@TempDir Path dir) throws IOException {
    String md = HostileDataset.report(dir, "markdown", "第一支部", "张三", "--redact");
    assertThat(md.lines().findFirst())
        .hasValue("# 检查报告：报告格式测试（截至 2005-08-31，姓名已化名）");
    assertThat(md).doesNotContain("张三");
  }
}
