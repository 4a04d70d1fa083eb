package org.branchcheck.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Table;

/**
 * Coverage-guided fuzzing of the readers: whatever the bytes, a CSV table, a YAML dataset or a
 * workbook is read into records or refused with problems, read whole or streamed; any exception
 * is a finding. Random bytes rarely make a zip package, so the workbook target mostly puts them
 * inside one, as a sheet's XML, where the reader's own code is.
 * With the other tests these run their seeds only (src/test/resources/org/branchcheck/io/
 * ReaderFuzzTestInputs); {@code .ci/fuzz} runs each with a time budget.
 */
class ReaderFuzzTest {
  private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2005, 8, 31);

  @FuzzTest(maxDuration = "20s")
  void csvTablesAreReadOrRefused(byte[] data) {
    String text;
    try {
      text = TextDecoder.decode(data).text();
    } catch (CharacterCodingException e) {
      return; // one problem for the whole file; nothing of it is parsed
    }
    for (Table table : List.of(Table.MEMBERS, Table.SESSIONS, Table.ATTENDANCE, Table.ESSAYS)) {
      List<Problem> problems = new ArrayList<>();
      RawTable raw = CsvTableReader.read(table, table.code() + ".csv", text, problems);
      DatasetReader.bind("fuzz", List.of(raw), new RecordBinder(problems, AS_OF),
          EssayFiles.none());
      CsvRowStream.read(table.code() + ".csv", new StringReader(text), problems, row -> { });
    }
  }

  @FuzzTest(maxDuration = "20s")
  void yamlDatasetsAreReadOrRefused(byte[] data) {
    String text;
    try {
      text = TextDecoder.decode(data).text();
    } catch (CharacterCodingException e) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    YamlDatasetReader.Result r = YamlDatasetReader.read("branch.yaml", text, problems);
    DatasetReader.bind("fuzz", r.tables(), new RecordBinder(problems, AS_OF), EssayFiles.none());
  }

  @FuzzTest(maxDuration = "20s")
  void workbooksAreReadOrRefused(byte[] data) throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz", ".xlsx");
    try {
      boolean whole = data.length > 0 && (data[0] & 1) == 1;
      byte[] rest = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
      java.nio.file.Files.write(file, whole ? rest : FuzzWorkbook.withSheetXml(rest));
      DatasetReader.read(file, AS_OF);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
