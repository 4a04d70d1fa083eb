package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.io.CsvWorkbooks;
import org.branchcheck.io.TableSchema;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dataset kept as a workbook is judged as the same dataset kept as CSV files: every CSV
 * folder of the examples and scenarios that reads cleanly is turned into a ledger-style workbook
 * (Chinese sheets and headers, a title row, Excel dates, session ids merged down the sign-in
 * rows) and both give the same report but for where records are and which files were read.
 */
class WorkbookEquivalenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> csvFolders() throws IOException {
    return StreamingEquivalenceTest.csvFolders().filter(WorkbookEquivalenceTest::holdsTables)
        .filter(f -> !report(f.toString()).startsWith("exit 2"));
  }

  private static boolean holdsTables(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
          .anyMatch(n -> TableSchema.tableNamed(n.substring(0, n.length() - 4)).isPresent());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvFolders")
  void aWorkbookGivesTheReportItsCsvFilesGive(Path folder, @TempDir Path dir) throws IOException {
    Path copy = Files.createDirectories(dir.resolve(folder.getFileName()));
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".csv")).toList()) {
        // essay files stay beside the workbook, where the essays table names them
        Path target = copy.resolve(folder.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
    Path workbook = copy.resolve(folder.getFileName() + ".xlsx");
    CsvWorkbooks.convert(folder, workbook);

    String csv = report(folder.toString());
    String xlsx = report(workbook.toString());

    assertThat(xlsx.substring(0, 6)).as(xlsx).isEqualTo(csv.substring(0, 6));
    assertThat(withoutSources(xlsx)).as(folder.toString()).isEqualTo(withoutSources(csv));
  }

  /**
   * The example workbook is the enterprise-committee example kept in Excel; rebuilt with
   * {@code -Dbranchcheck.updateGolden=true}.
   */
  @org.junit.jupiter.api.Test
  void theExampleWorkbookIsTheEnterpriseCommitteeKeptInExcel() throws IOException {
    Path source = Path.of("examples/enterprise-committee");
    Path example = Path.of("examples/workbook/汇科软件有限公司党委台账.xlsx");
    if (Boolean.getBoolean("branchcheck.updateGolden")) {
      Files.createDirectories(example.getParent());
      CsvWorkbooks.convert(source, example);
    }
    String csv = report(source.toString());
    String xlsx = report(example.toString());

    assertThat(xlsx).startsWith("exit 1").contains("\"sheet\" : \"党员名册\"");
    assertThat(withoutSources(xlsx)).isEqualTo(withoutSources(csv));
  }

  private static String report(String dataset) {
    List<String> args = new ArrayList<>(List.of("check", dataset, "--as-of", "2005-08-31",
        "--format", "json"));
    StringWriter out = new StringWriter();
    int exit = ScenarioTest.run(args, out, new StringWriter());
    return "exit " + exit + "\n" + out;
  }

  /** The report less what must differ: paths, names, files read and locations. */
  static String withoutSources(String report) throws IOException {
    JsonNode root = JSON.readTree(report.substring(report.indexOf('\n') + 1));
    strip(root);
    return root.toPrettyString();
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      if (o.has("path")) {
        o.remove("name"); // a dataset's own name: its folder's or its workbook's
      }
      o.remove(List.of("files", "path", "location", "file"));
    }
    node.forEach(WorkbookEquivalenceTest::strip);
  }
}
