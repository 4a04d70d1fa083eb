package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.io.TableSchema;
import org.branchcheck.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ScenarioTest.run(List.of(args), out, err);
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anXlsxTargetGetsAWorkbookInTheLanguageAsked() throws IOException {
    Path file = dir.resolve("branch.xlsx");
    assertThat(run("template", "--lang", "en", file.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote " + file);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getSheetName(1)).isEqualTo(Table.ORGS.code());
      assertThat(wb.getNumberOfSheets()).isEqualTo(Table.values().length + 1);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
    assertThat(names(dir)).containsExactly("branch.xlsx");
  }

  @Test
  void anyOtherTargetGetsACsvFolderNamedInTheLocalesLanguage() throws IOException {
    // Surefire runs in zh_CN, so without --lang the names are Chinese.
    Path folder = dir.resolve("a").resolve("branch");
    assertThat(run("template", folder.toString())).as(err.toString()).isZero();
    List<String> files = names(folder);
    assertThat(files).hasSize(Table.values().length + 1).contains("党员名册.csv", "说明.txt");
    for (String file : files) {
      if (file.endsWith(".csv")) {
        assertThat(TableSchema.tableNamed(file.substring(0, file.length() - 4))).as(file)
            .isPresent();
      }
    }
    assertThat(names(dir.resolve("a"))).as("no temporary folder left").containsExactly("branch");
  }

  @Test
  void anExistingWorkbookIsLeftAloneUnlessForced() throws IOException {
    Path file = dir.resolve("branch.xlsx");
    Files.writeString(file, "mine");

    assertThat(run("template", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(file + " exists", "--force",
        "Try 'branchcheck template --help'");
    assertThat(Files.readString(file)).isEqualTo("mine");

    assertThat(run("template", "--force", file.toString())).as(err.toString()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(Table.values().length + 1);
    }
    assertThat(names(dir)).containsExactly("branch.xlsx");
  }

  @Test
  void aFolderWithFilesIsLeftAloneUnlessForcedAndThenOnlyItsTablesAreReplaced()
      throws IOException {
    Path folder = Files.createDirectory(dir.resolve("branch"));
    Files.writeString(folder.resolve("members.csv"), "id\nM1\n");
    Files.writeString(folder.resolve("notes.md"), "keep me");

    assertThat(run("template", "--lang", "en", folder.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not empty", "--force");
    assertThat(names(folder)).containsExactly("members.csv", "notes.md");

    assertThat(run("template", "--lang", "en", "--force", folder.toString())).isZero();
    assertThat(Files.readString(folder.resolve("members.csv"))).doesNotContain("M1");
    assertThat(Files.readString(folder.resolve("notes.md"))).isEqualTo("keep me");
    assertThat(names(folder)).hasSize(Table.values().length + 2);
  }

  @Test
  void aTableUnderItsOtherNameIsNotDoubledEvenWhenForced() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("branch"));
    Files.writeString(folder.resolve("党员名册.csv"), "党员编号\nM1\n");

    assertThat(run("template", "--lang", "en", "--force", folder.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("党员名册.csv", "members.csv", "--lang zh");
    assertThat(names(folder)).containsExactly("党员名册.csv");

    assertThat(run("template", "--lang", "zh", "--force", folder.toString())).isZero();
    assertThat(Files.readString(folder.resolve("党员名册.csv"))).doesNotContain("M1");
  }

  @Test
  void anEmptyFolderIsWrittenIntoWithoutForce() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("empty"));
    assertThat(run("template", folder.toString())).as(err.toString()).isZero();
    assertThat(names(folder)).hasSize(Table.values().length + 1);
  }

  @Test
  void aTargetThatIsNotAPlaceForATemplateIsRefusedEvenWhenForced() throws IOException {
    Path file = Files.writeString(dir.resolve("branch"), "a file");
    assertThat(run("template", "--force", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is a file, not a folder");

    Path folder = Files.createDirectory(dir.resolve("book.xlsx"));
    assertThat(run("template", "--force", folder.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is a folder");

    assertThat(run("template", dir.resolve("members.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("names a .csv file");
    assertThat(names(dir)).containsExactly("book.xlsx", "branch");
  }

  @Test
  void aPlaceThatCannotBeWrittenIsAnErrorThatSaysWhy() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "a file");
    assertThat(run("template", file.resolve("branch.xlsx").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("branchcheck template: cannot write");
  }

  @Test
  void anUnknownLanguageOrNoTargetIsBadUsage() {
    assertThat(run("template", "--lang", "fr", dir.resolve("x.xlsx").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--lang", "fr");
    assertThat(run("template")).isEqualTo(2);
    assertThat(err.toString()).contains("TARGET");
  }

  @Test
  void helpSaysWhatEachTargetGets() {
    assertThat(run("template", "--help")).isZero();
    assertThat(out.toString()).contains("TARGET", ".xlsx", "--lang=LANG", "--force",
        "byte-identical");
  }
}
