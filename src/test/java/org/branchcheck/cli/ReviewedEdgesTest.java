package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edges of batch runs, outputs and diff that a user can reach from the command line. */
class ReviewedEdgesTest {
  private static final String RULES = "src/test/resources/formats/rules.yaml";
  @TempDir Path dir;

  private static ScenarioTest.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of(args), out, err);
    return new ScenarioTest.Result(exit, out.toString(), err.toString());
  }

  private static String[] check(String... extra) {
    List<String> a = new ArrayList<>(List.of("check", "--rules", RULES, "--as-of", "2005-08-31"));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  @Test
  void redactHidesNamesQuotedFromRowsThatCouldNotBeRead() throws IOException {
    Path d = dir.resolve("branch");
    Files.createDirectories(d);
    Files.writeString(d.resolve("members.csv"), "id,name,org,joined_on\nM01,张三丰,B01,2005-02-30\n",
        StandardCharsets.UTF_8);
    Files.writeString(d.resolve("attendance.csv"), "session,member,status\nS1,张三丰,出席\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.yaml"), "members:\n  - {id: M03, name: \"王五郎, org: B01}\n",
        StandardCharsets.UTF_8);
    for (String format : List.of("text", "json", "csv", "sarif", "junit", "html", "markdown",
        "github")) {
      ScenarioTest.Result r = run(check("--redact", "--format", format, dir.toString()));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).as(format).doesNotContain("张三丰").doesNotContain("王五郎");
    }
    assertThat(run(check("--format", "text", dir.toString())).out()).contains("张三丰", "王五郎");
  }

  @Test
  void aReportFileNamedTwiceIsBadUsage() {
    Path same = dir.resolve("r.out");
    ScenarioTest.Result r = run(check("-o", "json=" + same, "-o", "csv=" + same,
        "src/test/resources/formats/all-pass/input"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is named more than once");
    assertThat(same).doesNotExist();
  }

  @Test
  void twoFilesOfOneFormatAreBothWritten() {
    ScenarioTest.Result r = run(check("-o", "json=" + dir.resolve("a.json"), "-o",
        "json=" + dir.resolve("b.json"), "src/test/resources/formats/all-pass/input"));
    assertThat(r.exit()).isZero();
    assertThat(dir.resolve("a.json")).hasSameTextualContentAs(dir.resolve("b.json"));
  }

  @Test
  void aFolderAsReportFileIsReportedNotCrashedOn() {
    ScenarioTest.Result r = run(check("-o", "json=" + dir, "src/test/resources/formats/all-pass/input"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is a folder; name a file");
  }

  @Test
  void aFileThatIsNoDatasetIsLocatedAtItsOwnPath() {
    ScenarioTest.Result r = run(check("--lang", "en", "examples/README.md",
        "examples/office-general-branches/members.csv"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out())
        .contains("  examples/README.md: not a folder of CSV tables, an .xlsx workbook or a"
            + " .yaml file")
        .contains("  examples/office-general-branches/members.csv: a single table, not a dataset:"
            + " name the folder that holds it")
        .doesNotContain("examples/examples");
  }

  @Test
  void aDatasetNamedRelativeAndAbsoluteIsCheckedOnceTheSameWayInEitherOrder() {
    String rel = "src/test/resources/formats/all-pass/input";
    String abs = Path.of(rel).toAbsolutePath().toString();
    String one = run(check("--format", "json", rel, abs)).out();
    assertThat(run(check("--format", "json", abs, rel)).out()).isEqualTo(one);
    assertThat(one).contains("\"datasets\" : 1,");
  }

  @Test
  void controlCharactersInFileNamesDoNotReachTheTerminal() throws IOException {
    Path evil = dir.resolve("b\u001b]0;pwned\u0007x.yaml");
    Files.copy(Path.of("src/test/resources/formats/all-pass/input/branch.yaml"), evil);
    Files.copy(Path.of("src/test/resources/formats/mixed/input/a-branch.yaml"),
        dir.resolve("a.yaml"));
    String out = run(check(dir.toString())).out();
    assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").contains("b\uFFFD]0;pwned");
  }

  @Test
  void diffCountsADatasetLostInTheNewerReportAsAStepBackwards() throws IOException {
    Path older = dir.resolve("old.json");
    Path newer = dir.resolve("new.json");
    run(check("-o", "json=" + older, "src/test/resources/formats/all-pass/input"));
    run("check", "--rules", "no/such-rules", "--as-of", "2005-08-31", "-o", "json=" + newer,
        "src/test/resources/formats/all-pass/input");
    ScenarioTest.Result r = run("diff", older.toString(), newer.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("新报告中无法检查 2 项")
        .contains("新报告本身有 1 处输入问题")
        .contains("src/test/resources/formats/all-pass/input/branch.yaml：新报告中没有此数据集");
  }

  @Test
  void diffOfDeeplyNestedJsonIsAnInputError() throws IOException {
    Path deep = dir.resolve("deep.json");
    Files.writeString(deep, "[".repeat(100) + "]".repeat(100));
    ScenarioTest.Result r = run("diff", deep.toString(), deep.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not valid JSON");
  }
}
