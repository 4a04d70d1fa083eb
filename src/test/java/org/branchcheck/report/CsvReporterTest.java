package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchcheck.report.ReportFixture.named;
import static org.branchcheck.report.ReportFixture.finding;
import static org.branchcheck.report.ReportFixture.run;
import static org.branchcheck.report.ReportFixture.unreadable;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReporterTest {

  private static String write(RunResult run) throws IOException {
    StringWriter out = new StringWriter();
    new CsvReporter().write(run, out);
    return out.toString();
  }

  /** The rows as a spreadsheet program or commons-csv reads them back, header first. */
  private static List<List<String>> read(String csv) throws IOException {
    assertThat(csv).startsWith("\uFEFF");
    return CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords().stream()
        .map(CSVRecord::toList).toList();
  }

  @Test
  void startsWithAByteOrderMarkAndTheHeader() throws IOException {
    String csv = write(run());
    assertThat(csv).isEqualTo("\uFEFFdataset,dataset_name,status,org,rule,title,severity,"
        + "outcome,subject,subject_name,message,file,line,column,sheet\r\n");
  }

  @Test
  void aReportFileStartsWithTheUtf8ByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.csv");
    ReportFiles.write(file, ReportFormat.CSV, run(named("a", "甲",
        List.of(finding(Outcome.FAIL, Severity.ERROR)))));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 10)).containsExactly(0xEF, 0xBB, 0xBF, 'd', 'a', 't', 'a',
        's', 'e', 't');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("张三 学习时间 6 学时");
  }

  @Test
  void endsEveryRowWithCrLf() throws IOException {
    String csv = write(run(named("a", "甲", List.of(finding(Outcome.FAIL, Severity.ERROR),
        finding(Outcome.PASS, Severity.WARNING)))));
    assertThat(csv).endsWith("\r\n");
    assertThat(csv.split("\r\n", -1)).hasSize(4);
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void writesOneRowPerFindingInTheColumnOrder() throws IOException {
    List<List<String>> rows = read(write(run(named("data/b01", "第一支部", List.of(
        finding(Outcome.FAIL, Severity.ERROR),
        finding("member.study-notes", "有学习笔记", Outcome.WAIVED, Severity.WARNING, "李娜",
            "李娜 没有学习笔记（已批准例外）", new SourceLocation("members.csv", 4, 0)))))));
    assertThat(rows.get(0)).isEqualTo(CsvReporter.COLUMNS);
    assertThat(rows.subList(1, rows.size())).containsExactly(
        List.of("data/b01", "第一支部", "failed", "B01", "member.study-hours", "学习培训不少于规定学时",
            "error", "fail", "M01", "张三", "张三 学习时间 6 学时", "data/b01/members.csv", "3", "2", ""),
        List.of("data/b01", "第一支部", "failed", "B01", "member.study-notes", "有学习笔记",
            "warning", "waived", "M01", "李娜", "李娜 没有学习笔记（已批准例外）",
            "data/b01/members.csv", "4", "", ""));
  }

  @Test
  void hostileCellsReadBackUnchanged() throws IOException {
    String name = "张\"三\", 李四\r\n王五";
    String message = "学时 6,5\n\"差\" 4 学时\r下一行";
    String path = "data/第一, \"支部\"";
    List<List<String>> rows = read(write(run(named(path, "支部\n名", List.of(finding("r.1",
        "标题, \"引号\"", Outcome.FAIL, Severity.ERROR, name, message,
        new SourceLocation("成员,表.csv", 12, 0)))))));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly(path, "支部\n名", "failed", "B01", "r.1",
        "标题, \"引号\"", "error", "fail", "M01", name, message, path + "/成员,表.csv", "12", "", "");
  }

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        Arguments.of("+1+1", "'+1+1"),
        Arguments.of("-2+3", "'-2+3"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("\t=1", "'\t=1"),
        Arguments.of("\r=1", "'\r=1"),
        Arguments.of("张三", "张三"),
        Arguments.of("a=b", "a=b"),
        Arguments.of(" =1", " =1"),
        Arguments.of("'quoted", "'quoted"),
        Arguments.of("", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cells")
  void guardsCellsThatASpreadsheetWouldRunAsAFormula(String cell, String written) {
    assertThat(CsvReporter.guard(cell)).isEqualTo(written);
  }

  @Test
  void guardsEveryTextColumnButNotLineAndColumn() throws IOException {
    List<List<String>> rows = read(write(run(named("-data", "=支部", List.of(finding("+r",
        "@标题", Outcome.FAIL, Severity.ERROR, "=cmd|' /C calc'!A0", "-6 学时",
        new SourceLocation("=f.xlsx", "=表", 9, 4)))))));
    assertThat(rows.get(1)).containsExactly("'-data", "'=支部", "failed", "B01", "'+r", "'@标题",
        "error", "fail", "M01", "'=cmd|' /C calc'!A0", "'-6 学时", "'-data/=f.xlsx", "9", "4",
        "'=表");
  }

  @Test
  void writesInputProblemsAsInputErrorRowsRunProblemsFirst() throws IOException {
    RunResult run = run(ReportOptions.DEFAULT,
        List.of(new Problem(SourceLocation.ofFile("missing/dir"), "no such file or folder")),
        unreadable("broken", new Problem(new SourceLocation("sessions.csv", 2, 5),
            "hours: '三' is not a number")),
        named("good", "好", List.of(finding(Outcome.PASS, Severity.ERROR))));
    List<List<String>> rows = read(write(run));
    assertThat(rows.subList(1, rows.size())).containsExactly(
        List.of("", "", "unreadable", "", "", "", "", "input_error", "", "",
            "no such file or folder", "missing/dir", "", "", ""),
        List.of("broken", "broken", "unreadable", "", "", "", "", "input_error", "", "",
            "hours: '三' is not a number", "broken/sessions.csv", "2", "5", ""),
        List.of("good", "好", "passed", "B01", "member.study-hours", "学习培训不少于规定学时",
            "error", "pass", "M01", "张三", "张三 学习时间 6 学时", "good/members.csv", "3", "2", ""));
  }

  @Test
  void failuresOnlyLeavesPassesOut() throws IOException {
    RunResult run = run(new ReportOptions(Severity.ERROR, true, false), List.of(),
        named("a", "甲", List.of(finding(Outcome.PASS, Severity.ERROR),
            finding(Outcome.NOT_APPLICABLE, Severity.ERROR),
            finding(Outcome.EXEMPT, Severity.ERROR),
            finding(Outcome.FAIL, Severity.WARNING))));
    assertThat(read(write(run)).stream().skip(1).map(r -> r.get(7)))
        .containsExactly("exempt", "fail");
  }

  @Test
  void statusFollowsFailOn() throws IOException {
    RunResult run = run(new ReportOptions(Severity.WARNING, false, false), List.of(),
        named("a", "甲", List.of(finding(Outcome.FAIL, Severity.WARNING))));
    assertThat(read(write(run)).get(1).get(2)).isEqualTo("failed");
  }
}
