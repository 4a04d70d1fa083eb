package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress since the last check: the branch fixes one failure and gets a new one. */
class DiffCommandTest {
  private static final Path MIXED = Path.of("src/test/resources/formats/mixed/input");
  @TempDir Path dir;

  private Path report(Path dataset, String name, String... extra) throws IOException {
    Path out = dir.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("check", "--rules",
        "src/test/resources/formats/rules.yaml", "--as-of", "2005-08-31", "--output",
        "json=" + out));
    args.addAll(List.of(extra));
    args.add(dataset.toString());
    ScenarioTest.run(args, new StringWriter(), new StringWriter());
    return out;
  }

  /** The mixed scenario's a-branch, edited: 张三 made up the session, 刘洋 missed one. */
  private Path improvedCopy() throws IOException {
    Path copy = dir.resolve("v2");
    Files.createDirectories(copy);
    String yaml = Files.readString(MIXED.resolve("a-branch.yaml"), StandardCharsets.UTF_8)
        .replace("{session: S02, member: M11, status: 缺席}", "{session: S02, member: M11, status: 出席}")
        .replace("{session: S02, member: M13, status: 出席}", "{session: S02, member: M13, status: 缺席}");
    Files.writeString(copy.resolve("a-branch.yaml"), yaml, StandardCharsets.UTF_8);
    return copy.resolve("a-branch.yaml");
  }

  private String[] diff(Path older, Path newer, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("diff", older.toString(),
        newer.toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void saysWhatIsNewlyFailingFixedAndStillFailing() throws IOException {
    Path dataset = MIXED.resolve("a-branch.yaml");
    Path older = report(dataset, "old.json");
    Path newer = report(improvedCopy(), "new.json");
    // Same dataset path in both reports, as when a district re-runs on the same tree.
    Files.writeString(newer, Files.readString(newer).replace(
        dir.resolve("v2/a-branch.yaml").toString(), dataset.toString()));
    StringWriter out = new StringWriter();
    int exit = ScenarioTest.run(List.of(diff(older, newer)), out, new StringWriter());

    assertThat(exit).as("something newly fails").isEqualTo(1);
    assertThat(out.toString())
        .contains("新增未达标 1 项：\n  ✗ " + dataset + "  member.study-hours  刘洋 学习时间 6 学时")
        .contains("已整改 1 项：\n  ✓ " + dataset + "  member.study-hours  张三 学习时间 6 学时")
        .contains("      现在：张三 学习时间 12 学时")
        .contains("仍未达标 4 项")
        .contains("新增未达标 1 项，已整改 1 项，仍未达标 4 项");
  }

  @Test
  void failuresOnlyReportsCompareTooAndJsonNamesEachChange() throws IOException {
    Path dataset = MIXED.resolve("a-branch.yaml");
    Path older = report(dataset, "old.json", "--failures-only");
    Path newer = report(dataset, "new.json", "--failures-only");
    StringWriter out = new StringWriter();
    int exit = ScenarioTest.run(List.of(diff(older, newer, "--format", "json")), out,
        new StringWriter());
    assertThat(exit).isZero();
    JsonNode d = new ObjectMapper().readTree(out.toString());
    assertThat(d.path("schema").asText()).isEqualTo("branchcheck/diff");
    assertThat(d.path("newly_failing")).isEmpty();
    assertThat(d.path("fixed")).isEmpty();
    assertThat(d.path("still_failing")).hasSize(5);
  }

  @Test
  void aFileThatIsNotAReportIsAnInputError() throws IOException {
    Path notJson = dir.resolve("x.json");
    Files.writeString(notJson, "{\"a\": [1, 2,");
    Path other = dir.resolve("y.json");
    Files.writeString(other, "{\"schema\": \"something/else\"}");
    StringWriter err = new StringWriter();
    assertThat(ScenarioTest.run(List.of(diff(notJson, other)), new StringWriter(), err))
        .isEqualTo(2);
    assertThat(err.toString()).contains(notJson + ":1:").contains("not valid JSON");
    err = new StringWriter();
    assertThat(ScenarioTest.run(List.of(diff(other, other)), new StringWriter(), err))
        .isEqualTo(2);
    assertThat(err.toString()).contains("not a branchcheck JSON report");
  }
}
