package org.branchcheck.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.io.ReadMessage;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.io.TableSchema.ColumnType;
import org.branchcheck.io.Values;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes against the data contract: every column covered, and what they say is what is read. */
class NotesTest {
  private final Notes notes = Notes.shipped();
  @TempDir Path dir;

  @Test
  void everyKnownColumnHasANoteInBothLanguagesAndNoNoteNamesAnUnknownOne() {
    for (Table table : Table.values()) {
      assertThat(notes.table(table).zh()).as(table.code()).isNotBlank();
      List<String> schema = TableSchema.columns(table).stream().map(Column::code).toList();
      assertThat(notes.columnCodes(table)).as(table.code()).containsExactlyElementsOf(schema);
      for (String code : schema) {
        Notes.ColumnNote note = notes.column(table, code);
        assertThat(note.meaning().zh()).as(code).isNotBlank();
        assertThat(note.meaning().en()).as(code).isNotBlank();
        assertThat(note.example()).as(table.code() + "." + code).isNotBlank();
      }
    }
  }

  @Test
  void everyExampleIsAValueTheReaderTakes() throws IOException {
    List<Problem> bad = read(Map.of()).stream()
        .filter(p -> p.text().key() == ReadMessage.VALUE_BAD
            || p.text().key() == ReadMessage.VALUE_EMPTY).toList();
    assertThat(bad).isEmpty();
  }

  /** A column is documented as required exactly when the reader refuses a row without it. */
  @Test
  void aColumnIsRequiredExactlyWhenTheReaderRefusesARowWithoutIt() throws IOException {
    int required = 0;
    for (Table table : Table.values()) {
      for (Column column : TableSchema.columns(table)) {
        List<Problem> problems = read(Map.of(table, Map.of(column.code(), "")));
        boolean refused = problems.stream().anyMatch(p -> p.text().key()
            == ReadMessage.VALUE_EMPTY && p.text().args().get(0).equals(column.code()));
        boolean documented = notes.column(table, column.code()).required();
        assertThat(documented).as(table.code() + "." + column.code()).isEqualTo(refused);
        required += documented ? 1 : 0;
      }
    }
    assertThat(required).isGreaterThan(10);
  }

  @Test
  void numberLimitsAreTheReadersLimits() throws IOException {
    for (Table table : Table.values()) {
      for (Column column : TableSchema.columns(table)) {
        if (column.type() != ColumnType.NUMBER) {
          continue;
        }
        Notes.ColumnNote note = notes.column(table, column.code());
        String at = table.code() + "." + column.code();
        if (note.max().isPresent()) {
          BigDecimal max = note.max().get();
          assertThat(badValues(table, column, max.toPlainString())).as(at).isZero();
          assertThat(badValues(table, column, max.add(new BigDecimal("0.01")).toPlainString()))
              .as(at).isOne();
        }
        assertThat(badValues(table, column, "1.5")).as(at).isEqualTo(note.whole() ? 1 : 0);
        assertThat(badValues(table, column, "-1")).as(at).isOne();
      }
    }
    assertThat(notes.column(Table.SESSIONS, "hours").max())
        .contains(BigDecimal.valueOf(Values.MAX_SESSION_CENTI_HOURS, 2).stripTrailingZeros());
  }

  @Test
  void theDateAndYesNoSpellingsShownAreReadAsSuch() {
    for (String date : notes.spellings("date_spellings")) {
      assertThatCode(() -> assertThat(Values.date(date)).isEqualTo(LocalDate.of(2005, 7, 25)))
          .as(date).doesNotThrowAnyException();
    }
    for (Lang lang : Lang.values()) {
      assertThatCode(() -> {
        assertThat(Values.bool(notes.text("yes").in(lang))).isTrue();
        assertThat(Values.bool(notes.text("no").in(lang))).isFalse();
      }).doesNotThrowAnyException();
    }
    notes.spellings("yes_spellings").forEach(s -> assertThatCode(
        () -> assertThat(Values.bool(s)).as(s).isTrue()).doesNotThrowAnyException());
    notes.spellings("no_spellings").forEach(s -> assertThatCode(
        () -> assertThat(Values.bool(s)).as(s).isFalse()).doesNotThrowAnyException());
  }

  private long badValues(Table table, Column column, String value) throws IOException {
    return read(Map.of(table, Map.of(column.code(), value))).stream()
        .filter(p -> p.text().key() == ReadMessage.VALUE_BAD
            && p.text().args().get(0).equals(column.code())).count();
  }

  /** Reads a dataset of one row per table made of the notes' examples, with some changed. */
  private List<Problem> read(Map<Table, Map<String, String>> changed) throws IOException {
    Path folder = Files.createTempDirectory(dir, "examples");
    for (Table table : Table.values()) {
      StringWriter csv = new StringWriter();
      try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.RFC4180)) {
        List<Column> columns = TableSchema.columns(table);
        out.printRecord(columns.stream().map(Column::code));
        Map<String, String> row = new HashMap<>();
        columns.forEach(c -> row.put(c.code(), notes.column(table, c.code()).example()));
        row.putAll(changed.getOrDefault(table, Map.of()));
        out.printRecord(columns.stream().map(c -> row.get(c.code())));
      }
      Files.writeString(folder.resolve(table.code() + ".csv"), csv.toString());
    }
    return DatasetReader.read(folder).problems();
  }
}
