package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchcheck.report.ReportFixture.named;
import static org.branchcheck.report.ReportFixture.finding;
import static org.branchcheck.report.ReportFixture.run;
import static org.branchcheck.report.ReportFixture.unreadable;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GithubReporterTest {

  /** A workflow command as the Actions runner reads it back from one line of output. */
  record Command(String name, Map<String, String> props, String message) {
    static Command parse(String line) {
      assertThat(line).startsWith("::");
      int end = line.indexOf("::", 2);
      assertThat(end).as("end of command in %s", line).isPositive();
      String info = line.substring(2, end);
      int space = info.indexOf(' ');
      Map<String, String> props = new LinkedHashMap<>();
      if (space >= 0) {
        for (String kv : info.substring(space + 1).split(",")) {
          int eq = kv.indexOf('=');
          props.put(kv.substring(0, eq), unescapeProperty(kv.substring(eq + 1)));
        }
      }
      return new Command(space < 0 ? info : info.substring(0, space), props,
          unescapeData(line.substring(end + 2)));
    }

    private static String unescapeData(String s) {
      return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String s) {
      return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
          .replace("%2C", ",").replace("%25", "%");
    }
  }

  private static List<String> lines(RunResult run) throws IOException {
    StringWriter out = new StringWriter();
    new GithubReporter().write(run, out);
    assertThat(out.toString()).endsWith("\n");
    return List.of(out.toString().split("\n"));
  }

  private static List<Command> commands(RunResult run) throws IOException {
    return lines(run).stream().map(Command::parse).toList();
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("plain 张三", "plain 张三", "plain 张三"),
        Arguments.of("100%", "100%25", "100%25"),
        Arguments.of("%0A", "%250A", "%250A"),
        Arguments.of("a\nb", "a%0Ab", "a%0Ab"),
        Arguments.of("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        Arguments.of("a::b", "a::b", "a%3A%3Ab"),
        Arguments.of("x,line=1", "x,line=1", "x%2Cline=1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void escapesAsTheActionsToolkitDoes(String raw, String data, String property) {
    assertThat(GithubReporter.escapeData(raw)).isEqualTo(data);
    assertThat(GithubReporter.escapeProperty(raw)).isEqualTo(property);
  }

  static Stream<Arguments> annotationKinds() {
    return Stream.of(
        Arguments.of(Outcome.FAIL, Severity.ERROR, Severity.ERROR, "error"),
        Arguments.of(Outcome.FAIL, Severity.WARNING, Severity.ERROR, "warning"),
        Arguments.of(Outcome.FAIL, Severity.WARNING, Severity.WARNING, "error"),
        Arguments.of(Outcome.FAIL, Severity.ERROR, Severity.WARNING, "error"),
        Arguments.of(Outcome.WAIVED, Severity.ERROR, Severity.ERROR, "notice"),
        Arguments.of(Outcome.WAIVED, Severity.WARNING, Severity.WARNING, "notice"),
        Arguments.of(Outcome.PASS, Severity.ERROR, Severity.ERROR, null),
        Arguments.of(Outcome.EXEMPT, Severity.ERROR, Severity.ERROR, null),
        Arguments.of(Outcome.NOT_APPLICABLE, Severity.WARNING, Severity.WARNING, null));
  }

  @ParameterizedTest(name = "{0} {1} with --fail-on {2} -> {3}")
  @MethodSource("annotationKinds")
  void annotatesFailuresByWhetherTheyFailTheRun(Outcome outcome, Severity severity,
      Severity failOn, String expected) throws IOException {
    RunResult run = run(new ReportOptions(failOn, false, false), List.of(),
        named("branch", "支部", List.of(finding(outcome, severity))));
    List<Command> commands = commands(run);
    if (expected == null) {
      assertThat(commands).hasSize(1);
    } else {
      assertThat(commands).hasSize(2);
      assertThat(commands.get(0).name()).isEqualTo(expected);
      assertThat(commands.get(0).props()).containsExactly(Map.entry("file", "branch/members.csv"),
          Map.entry("line", "3"), Map.entry("col", "2"),
          Map.entry("title", "member.study-hours 学习培训不少于规定学时"));
    }
    assertThat(commands.get(commands.size() - 1).name()).isEqualTo("notice");
  }

  @Test
  void saysAWaivedFailureWasWaived() throws IOException {
    Command c = commands(run(named("branch", "支部",
        List.of(finding(Outcome.WAIVED, Severity.ERROR))))).get(0);
    assertThat(c.name()).isEqualTo("notice");
    assertThat(c.message()).isEqualTo("waived: 张三 学习时间 6 学时");
  }

  @Test
  void leavesOutLineForAWholeFileAndColumnForAWholeLine() throws IOException {
    List<Command> commands = commands(run(named("branch.yaml", "支部", List.of(
        finding("r.a", "", Outcome.FAIL, Severity.ERROR, "甲", "m", new SourceLocation("", 0, 0)),
        finding("r.b", "", Outcome.FAIL, Severity.ERROR, "乙", "m",
            new SourceLocation("", 7, 0))))));
    assertThat(commands.get(0).props()).containsExactly(Map.entry("file", "branch.yaml"),
        Map.entry("title", "r.a"));
    assertThat(commands.get(1).props()).containsExactly(Map.entry("file", "branch.yaml"),
        Map.entry("line", "7"), Map.entry("title", "r.b"));
  }

  @Test
  void hostileNamesCannotInjectACommand() throws IOException {
    String title = "学时::x,file=evil.csv";
    String message = "张三\n::error file=evil.csv::injected %0A 100%\r\n::stop-commands::t";
    String path = "a,b:c%/d\n::warning::x";
    RunResult run = run(named(path, "支部", List.of(finding("r::1", title, Outcome.FAIL,
        Severity.ERROR, "张三::", message, new SourceLocation("m,1.csv", 2, 1)))));

    List<String> lines = lines(run);
    assertThat(lines).hasSize(2);
    Command c = Command.parse(lines.get(0));
    assertThat(c.name()).isEqualTo("error");
    assertThat(c.props()).containsExactly(Map.entry("file", path + "/m,1.csv"),
        Map.entry("line", "2"), Map.entry("col", "1"), Map.entry("title", "r::1 " + title));
    assertThat(c.message()).isEqualTo(message);
  }

  @Test
  void reportsInputProblemsAsErrorsAtTheirPlace() throws IOException {
    RunResult run = run(ReportOptions.DEFAULT,
        List.of(new Problem(SourceLocation.ofFile("missing/dir"), "no such file or folder")),
        unreadable("broken", new Problem(new SourceLocation("members.csv", 3, 3),
            "org: no organisation with id 'B09'")));
    List<Command> commands = commands(run);
    assertThat(commands).hasSize(3);
    assertThat(commands.get(0)).isEqualTo(new Command("error",
        Map.of("file", "missing/dir", "title", "input error"), "no such file or folder"));
    assertThat(commands.get(1).name()).isEqualTo("error");
    assertThat(commands.get(1).props()).containsExactly(Map.entry("file", "broken/members.csv"),
        Map.entry("line", "3"), Map.entry("col", "3"), Map.entry("title", "input error"));
    assertThat(commands.get(1).message()).isEqualTo("org: no organisation with id 'B09'");
  }

  @Test
  void endsWithASummaryOfDatasetsAndTheExitStatus() throws IOException {
    RunResult run = run(ReportOptions.DEFAULT,
        List.of(new Problem(SourceLocation.ofFile("missing"), "no such file or folder")),
        named("a", "甲", List.of(finding(Outcome.FAIL, Severity.ERROR))),
        named("b", "乙", List.of(finding(Outcome.PASS, Severity.ERROR))),
        named("c", "丙", List.of(finding(Outcome.FAIL, Severity.WARNING))),
        unreadable("d", new Problem(SourceLocation.ofFile("x.csv"), "bad")));
    List<String> lines = lines(run);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("::notice title=branchcheck::checked 4"
        + " datasets: 2 passed, 1 failed, 1 unreadable; 1 input error outside any dataset;"
        + " exit status 2 (unreadable)");
  }

  @Test
  void summaryOfAFailedRunGivesExitStatusOne() throws IOException {
    RunResult run = run(new ReportOptions(Severity.WARNING, false, false), List.of(),
        named("c", "丙", List.of(finding(Outcome.FAIL, Severity.WARNING))));
    List<String> lines = lines(run);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("::notice title=branchcheck::checked 1"
        + " dataset: 0 passed, 1 failed, 0 unreadable; exit status 1 (failed)");
  }
}
