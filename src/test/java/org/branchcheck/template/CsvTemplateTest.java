package org.branchcheck.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CSV folder: a header-only file per table, the instructions, and how the reader takes it. */
class CsvTemplateTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyTableIsAFileWithItsHeaderRowOnlyInUtf8WithAByteOrderMark(Lang lang)
      throws Exception {
    Path folder = dir.resolve("template");
    TemplateFiles.write(folder, lang, false);
    List<String> csv;
    try (Stream<Path> files = Files.list(folder)) {
      csv = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList();
    }
    assertThat(csv).hasSize(Table.values().length);
    for (Table table : Table.values()) {
      String file = csv.stream().filter(n -> TableSchema.tableNamed(n.substring(0,
          n.length() - 4)).equals(java.util.Optional.of(table))).findFirst().orElseThrow();
      assertThat(file.equals(table.code() + ".csv")).as(file).isEqualTo(lang == Lang.EN);
      byte[] bytes = Files.readAllBytes(folder.resolve(file));
      assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
      String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      assertThat(text).endsWith("\r\n");
      assertThat(text.strip().lines()).hasSize(1);
      String[] headers = text.strip().split(",", -1);
      List<Column> columns = TableSchema.columns(table);
      assertThat(headers).hasSize(columns.size());
      for (int i = 0; i < headers.length; i++) {
        assertThat(TableSchema.codeOf(table, headers[i])).as(file + " " + headers[i])
            .contains(columns.get(i).code());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theReaderTakesTheEmptyTemplateAsAnEmptyDatasetWithEveryTablePresent(Lang lang)
      throws Exception {
    Path folder = dir.resolve("template");
    TemplateFiles.write(folder, lang, false);

    DatasetReader.ReadResult read = DatasetReader.read(folder);

    assertThat(read.problems()).isEmpty();
    Dataset data = read.dataset();
    assertThat(data.present()).containsExactlyInAnyOrder(Table.values());
    assertThat(data.orgs()).isEmpty();
    assertThat(data.members()).isEmpty();
    assertThat(read.files()).hasSize(Table.values().length)
        .allMatch(f -> f.encoding().equals("UTF-8 (BOM)"));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theInstructionsFileNamesEveryFileAndColumnAndIsNotATable(Lang lang) throws Exception {
    Path folder = dir.resolve("template");
    TemplateFiles.write(folder, lang, false);
    Map<String, byte[]> files = CsvTemplate.files(Notes.shipped(), lang);
    String readme = files.keySet().stream().filter(n -> !n.endsWith(".csv")).findFirst()
        .orElseThrow();
    assertThat(readme).isEqualTo(lang == Lang.ZH ? "说明.txt" : "README.txt");
    String text = Files.readString(folder.resolve(readme), StandardCharsets.UTF_8);
    for (String file : files.keySet()) {
      assertThat(text).contains(file.equals(readme) ? "" : file);
    }
    for (Table table : Table.values()) {
      for (Column column : TableSchema.columns(table)) {
        assertThat(text).contains(lang == Lang.ZH ? "[" + column.code() + "]"
            : "\r\n  " + column.code() + "  ");
      }
    }
    assertThat(text).contains(Notes.shipped().spellings("date_spellings"));
  }
}
