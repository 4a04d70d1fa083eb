package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemDigestTest {
  private static Problem p(String file, int line, String message) {
    return new Problem(new SourceLocation(file, line, 1), message);
  }

  private static List<Problem> same(String file, int from, int n, String message) {
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(p(file, from + i, message));
    }
    return out;
  }

  private static List<Problem> concat(List<Problem> a, List<Problem> b) {
    List<Problem> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static Stream<Arguments> digests() {
    return Stream.of(
        Arguments.of("none", List.of(), List.of()),
        Arguments.of("distinct messages all shown",
            List.of(p("a.csv", 2, "x"), p("a.csv", 3, "y"), p("b.csv", 2, "x")),
            List.of("a.csv:2:1: x", "a.csv:3:1: y", "b.csv:2:1: x")),
        Arguments.of("three of a kind are all shown", same("a.csv", 2, 3, "empty"),
            List.of("a.csv:2:1: empty", "a.csv:3:1: empty", "a.csv:4:1: empty")),
        Arguments.of("more of a kind are counted with their lines",
            same("a.csv", 2, 1000, "empty"),
            List.of("a.csv:2:1: empty", "a.csv:3:1: empty", "a.csv:4:1: empty",
                "… a.csv 同样的问题另有 997 处（第 5–1001 行）")),
        Arguments.of("the same message in another file is another kind",
            concat(same("a.csv", 2, 4, "empty"), same("b.csv", 7, 1, "empty")),
            List.of("a.csv:2:1: empty", "a.csv:3:1: empty", "a.csv:4:1: empty",
                "… a.csv 同样的问题另有 1 处（第 5–5 行）", "b.csv:7:1: empty")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void groupsRepeatsAndCountsThem(String name, List<Problem> problems, List<String> expected) {
    assertThat(ProblemDigest.lines(problems)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} distinct problems")
  @org.junit.jupiter.params.provider.ValueSource(ints = {100, 101, 5000})
  void printsAtMostAHundredLinesAndSaysHowManyThereAre(int n) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      problems.add(p("a.csv", i + 2, "no member with id 'M" + i + "'"));
    }
    List<String> lines = ProblemDigest.lines(problems);
    assertThat(lines).hasSize(n > 100 ? 101 : 100);
    assertThat(lines.get(99)).isEqualTo("a.csv:101:1: no member with id 'M99'");
    if (n > 100) {
      assertThat(lines.get(100)).startsWith("… 共 " + n + " 处，以上只列出前 100 行");
    }
  }

  /** The Markdown and HTML reports digest the same way, each location printed their way. */
  @org.junit.jupiter.api.Test
  void theMarkdownAndHtmlReportsDigestToo() {
    List<Problem> problems = same("a.csv", 2, 10, "empty");
    StringBuilder md = new StringBuilder();
    MarkdownReporter.problems(md, at -> "data/" + at, problems);
    assertThat(md.toString()).contains("| data/a.csv:4:1 | empty |")
        .doesNotContain("a.csv:5:1").contains("… data/a.csv 同样的问题另有 7 处（第 5–11 行）")
        .contains("输入有误，共 10 处");
    Html h = new Html();
    HtmlReporter.problems(h, at -> "data/" + at, problems);
    assertThat(h.toString()).contains("data/a.csv:4:1").doesNotContain("a.csv:5:1")
        .contains("同样的问题另有 7 处");
  }
}
