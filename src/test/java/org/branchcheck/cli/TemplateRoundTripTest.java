package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.io.RawTable;
import org.branchcheck.io.TemplateFiller;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The round trip a branch makes: `template` writes the empty workbook (or CSV folder), the
 * records are typed into it, and `check` judges the filled-in file as it judges the same records
 * written as YAML.
 */
class TemplateRoundTripTest {
  private static final Path BRANCH = Path.of("examples/single-branch/branch.yaml");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aFilledInTemplateWorkbookIsJudgedAsTheSameRecordsInYaml(String lang) throws IOException {
    Path template = dir.resolve("模板.xlsx");
    assertThat(run("template", "--lang", lang, template.toString())).startsWith("exit 0");
    List<RawTable> records = TemplateFiller.tables(BRANCH);
    Path filled = dir.resolve("某科技公司党支部.xlsx");
    TemplateFiller.fillWorkbook(template, records, filled);

    assertSameJudgement(filled);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aFilledInTemplateFolderIsJudgedAsTheSameRecordsInYaml(String lang) throws IOException {
    Path folder = dir.resolve("某科技公司党支部");
    assertThat(run("template", "--lang", lang, folder.toString())).startsWith("exit 0");
    TemplateFiller.fillCsvFolder(folder, TemplateFiller.tables(BRANCH));

    assertSameJudgement(folder);
  }

  private static void assertSameJudgement(Path dataset) throws IOException {
    String yaml = run("check", BRANCH.toString(), "--as-of", "2005-08-31", "--format", "json");
    String filled = run("check", dataset.toString(), "--as-of", "2005-08-31", "--format",
        "json");
    assertThat(yaml).startsWith("exit 1");
    assertThat(filled).startsWith("exit 1").contains("\"problems\" : [ ]");
    assertThat(WorkbookEquivalenceTest.withoutSources(filled))
        .isEqualTo(WorkbookEquivalenceTest.withoutSources(yaml));
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of(args), out, err);
    return "exit " + exit + "\n" + out + err;
  }
}
