package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchcheck.report.JunitReporterTest;
import org.branchcheck.report.ReportFormat;
import org.branchcheck.report.SarifReporterTest;
import org.branchcheck.report.XlsxDump;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district office checks 50 submissions, two of them broken, in one command. */
class BatchCheckTest {
  private static final int COUNT = 50;
  @TempDir static Path dir;
  static Path root;
  static List<String> submissions;

  @BeforeAll
  static void writeSubmissions() throws IOException {
    root = dir.resolve("报送");
    submissions = Submissions.write(root, COUNT);
  }

  static Run check(String... extra) {
    List<String> args = new ArrayList<>(List.of("check", "--as-of", "2005-08-31"));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(args, out, err);
    return new Run(exit, out.toString(), err.toString());
  }

  record Run(int exit, String out, String err) {}

  @Test
  void checksEverySubmissionAndReportsTheBrokenOnesWithoutStopping() throws IOException {
    Run run = check("--format", "json", root.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    JsonNode report = new ObjectMapper().readTree(run.out());
    JsonNode summary = report.path("summary");
    assertThat(summary.path("datasets").asInt()).isEqualTo(COUNT);
    assertThat(summary.path("unreadable").asInt()).isEqualTo(2);
    assertThat(summary.path("passed").asInt() + summary.path("failed").asInt())
        .isEqualTo(COUNT - 2);
    List<String> paths = new ArrayList<>();
    report.path("datasets").forEach(d -> paths.add(d.path("path").asText()));
    assertThat(paths).containsExactlyElementsOf(
        submissions.stream().map(s -> root + "/" + s).toList());
    for (JsonNode d : report.path("datasets")) {
      boolean broken = Submissions.BROKEN.stream()
          .anyMatch(b -> d.path("path").asText().endsWith(b));
      assertThat(d.path("status").asText()).as(d.path("path").asText())
          .isEqualTo(broken ? "unreadable" : expectedStatus(d.path("path").asText()));
      assertThat(d.path("exit_code").asInt()).isEqualTo(broken ? 2
          : d.path("status").asText().equals("passed") ? 0 : 1);
    }
  }

  /** A branch fails exactly when one of its members is short of hours. */
  private static String expectedStatus(String path) {
    int i = Integer.parseInt(path.replaceAll(".*branch-(\\d+).*", "$1"));
    for (int m = 1; m <= Submissions.MEMBERS; m++) {
      if (Submissions.shortOfHours(i, m)) {
        return "failed";
      }
    }
    return "passed";
  }

  @Test
  void rollsUpMembersShortOfHoursOverTheDistrict() throws IOException {
    JsonNode summary = new ObjectMapper().readTree(check("--format", "json", root.toString())
        .out()).path("summary");
    long expected = 0;
    for (int i = 1; i <= COUNT; i++) {
      if (isBroken(i)) {
        continue;
      }
      for (int m = 1; m <= Submissions.MEMBERS; m++) {
        expected += Submissions.shortOfHours(i, m) ? 1 : 0;
      }
    }
    assertThat(summary.path("members_short_of_hours").asLong()).isEqualTo(expected);
    assertThat(summary.path("members").asLong()).isEqualTo((COUNT - 2L) * Submissions.MEMBERS);
    assertThat(summary.path("failures_by_rule").path("member.study-hours").asLong())
        .isEqualTo(expected);
  }

  private static boolean isBroken(int i) {
    return i == 12 || i == 31;
  }

  @Test
  void theTextReportListsTheBrokenSubmissionsErrorsWithFileLineAndColumn() {
    Run run = check(root.toString());
    assertThat(run.out())
        .contains("数据集 50 个：通过 ")
        .contains("无法读取 2")
        .contains(root + "/南湖街道/branch-12/党员名册.csv:2:4: joined_on：“2001年2月30日”")
        .contains(root + "/南湖街道/branch-12/党员名册.csv:3:3: org：没有编号为“B09”的组织")
        .contains(root + "/西城街道/branch-31.yaml:");
    assertThat(check("--lang", "en", root.toString()).out())
        .contains(root + "/南湖街道/branch-12/党员名册.csv:2:4: joined_on: '2001年2月30日'")
        .contains(root + "/南湖街道/branch-12/党员名册.csv:3:3: org: no organisation with id 'B09'");
  }

  @Test
  void outputIsTheSameBytesWhateverTheThreadCountOrPathOrder() {
    List<String> streets = new ArrayList<>();
    try (var s = Files.list(root)) {
      s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().forEach(p -> streets.add(p.toString()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> reversed = new ArrayList<>(streets);
    java.util.Collections.reverse(reversed);
    for (String format : List.of("json", "text")) {
      String one = check(args(format, "1", streets)).out();
      assertThat(check(args(format, "4", reversed)).out()).isEqualTo(one);
      assertThat(check(args(format, "3", streets)).out()).isEqualTo(one);
    }
  }

  private static String[] args(String format, String threads, List<String> paths) {
    List<String> a = new ArrayList<>(List.of("--format", format, "--threads", threads));
    a.addAll(paths);
    return a.toArray(String[]::new);
  }

  @Test
  void writesEveryFormatToItsFileAndLeavesTheSubmissionsUntouched() throws Exception {
    List<String> before = Submissions.snapshot(root);
    Path reports = dir.resolve("reports");
    List<String> args = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      args.add("--output");
      args.add(f + "=" + reports.resolve("district." + f));
    }
    args.add(root.toString());
    Run run = check(args.toArray(String[]::new));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).as("nothing on stdout when only --output is given").isEmpty();
    for (ReportFormat f : ReportFormat.values()) {
      Path file = reports.resolve("district." + f);
      assertThat(file).as(f.toString()).isRegularFile();
      assertThat(Files.size(file)).as(f.toString()).isPositive();
    }
    try (var left = Files.list(reports)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no temporary files left behind").noneMatch(n -> n.endsWith(".partial"));
    }
    assertThat(Submissions.snapshot(root)).isEqualTo(before);
    JunitReporterTest.validate(Files.readString(reports.resolve("district.junit")));
    assertThat(SarifReporterTest.errors(new ObjectMapper().readTree(
        reports.resolve("district.sarif").toFile()))).isEmpty();
    assertThat(XlsxDump.of(reports.resolve("district.xlsx"))).contains("== 汇总 ==",
        "== 检查结果 ==", "== 输入问题 ==");
  }
}
