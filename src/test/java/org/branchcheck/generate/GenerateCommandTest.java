package org.branchcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.cli.BranchcheckCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = BranchcheckCommand.configure(new CommandLine(new BranchcheckCommand()));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesADatasetFolderAndSaysWhatItHolds() {
    Path folder = dir.resolve("district");
    int exit = run("generate", "--out", folder.toString(), "--members", "300", "--seed", "9");
    assertThat(exit).isZero();
    for (String file : DistrictTables.FILES) {
      assertThat(folder.resolve(file)).isNotEmptyFile();
    }
    assertThat(out.toString()).contains("wrote " + folder, "300 members", "attendance rows",
        "members under 40 hours");
  }

  @Test
  void aGeneratedDistrictIsCheckedCleanlyAndFailsOnlyWhereFlawsWerePlanted() throws IOException {
    Path folder = dir.resolve("district");
    assertThat(run("generate", "--out", folder.toString(), "--members", "1200")).isZero();
    StringWriter json = new StringWriter();
    CommandLine cl = BranchcheckCommand.configure(new CommandLine(new BranchcheckCommand()));
    cl.setOut(new PrintWriter(json, true));
    cl.setErr(new PrintWriter(err, true));

    int exit = cl.execute("check", folder.toString(), "--as-of", "2005-08-31", "--format", "json",
        "--failures-only", "--threads", "1");

    assertThat(exit).as(err.toString()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(json.toString());
    JsonNode dataset = report.get("datasets").get(0);
    assertThat(dataset.get("status").asText()).isEqualTo("failed");
    assertThat(dataset.get("summary").get("input_errors").asBoolean()).isFalse();
    JsonNode byRule = report.get("summary").get("failures_by_rule");
    for (String rule : List.of("member.study-hours", "member.collective-share",
        "member.leader-essays", "member.essay", "member.study-notes", "member.makeup",
        "member.reviewed")) {
      assertThat(byRule.get(rule).asLong()).as(rule).isPositive();
    }
    // Organisation rules: most units pass each one.
    long units = Files.readAllLines(folder.resolve("plans.csv")).size() - 1;
    for (String rule : List.of("org.temp-branch", "org.temp-leader", "org.new-members-covered",
        "org.study-plan", "org.plan-items", "org.mobilisation", "org.party-constitution",
        "org.topics", "org.look-back")) {
      assertThat(byRule.get(rule).asLong()).as(rule).isLessThanOrEqualTo(units / 10);
    }
    long members = report.get("summary").get("members").asLong();
    assertThat(report.get("summary").get("members_failing").asLong())
        .isBetween(members / 10, members * 3 / 10);
  }

  @Test
  void refusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(folder.resolve("notes.txt"), "keep me");

    assertThat(run("generate", "--out", folder.toString(), "--members", "50")).isEqualTo(2);
    assertThat(err.toString()).contains("is not empty", "--force");
    assertThat(folder.resolve("members.csv")).doesNotExist();

    assertThat(run("generate", "--out", folder.toString(), "--members", "50", "--force")).isZero();
    assertThat(folder.resolve("members.csv")).isNotEmptyFile();
    assertThat(folder.resolve("notes.txt")).hasContent("keep me");
  }

  @Test
  void attendanceOnlyWritesTheSameBytesAsTheFolder() throws IOException {
    Path folder = dir.resolve("district");
    Path alone = dir.resolve("attendance-alone.csv");
    assertThat(run("generate", "--out", folder.toString(), "--members", "400", "--sessions", "9",
        "--seed", "4")).isZero();
    assertThat(run("generate", "--attendance-only", "--out-file", alone.toString(),
        "--members", "400", "--sessions", "9", "--seed", "4")).isZero();
    assertThat(Files.readAllBytes(alone))
        .isEqualTo(Files.readAllBytes(folder.resolve("attendance.csv")));
  }

  @Test
  void withoutAttendanceLeavesTheAttendanceTableOut() {
    Path folder = dir.resolve("district");
    assertThat(run("generate", "--out", folder.toString(), "--members", "100",
        "--without-attendance")).isZero();
    assertThat(folder.resolve("attendance.csv")).doesNotExist();
    assertThat(folder.resolve("sessions.csv")).isNotEmptyFile();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "--members 0 --out x                       | --members must be at least 1",
    "--sessions 1000 --out x                   | --sessions must be between 1 and 999",
    "--members 10                              | give --out DIR",
    "--attendance-only                         | --attendance-only needs --out-file",
    "--attendance-only --out-file - --out x    | --attendance-only writes one file",
    "--out-file a.csv --out x                  | --out-file goes with --attendance-only",
  })
  void badOptionsExitWithTwoAndSayWhy(String args, String message) {
    String[] words = ("generate " + args.strip()).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      words[i] = words[i].equals("x") ? dir.resolve("x").toString() : words[i];
    }
    assertThat(run(words)).isEqualTo(2);
    assertThat(err.toString()).contains(message);
  }
}
