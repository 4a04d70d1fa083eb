package org.branchcheck.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The first sheet documents every table and column, the value spellings, and what is read. */
class InstructionsSheetTest {
  private final Notes notes = Notes.shipped();

  @ParameterizedTest
  @EnumSource(Lang.class)
  void hasARowForEveryColumnOfEveryTableWithItsSheetHeaderAndNote(Lang lang) throws IOException {
    try (XSSFWorkbook wb = TemplateWorkbooks.workbook(lang)) {
      List<List<String>> rows = rows(wb.getSheetAt(0));
      for (Table table : Table.values()) {
        String sheet = TemplateWorkbooks.sheet(wb, table).getSheetName();
        List<Column> columns = TableSchema.columns(table);
        for (int i = 0; i < columns.size(); i++) {
          Column column = columns.get(i);
          String header = TemplateWorkbooks.sheet(wb, table).getRow(0).getCell(i)
              .getStringCellValue();
          Notes.ColumnNote note = notes.column(table, column.code());
          List<List<String>> found = rows.stream().filter(r -> r.size() >= 8
              && r.get(0).equals(sheet) && r.get(2).equals(column.code())).toList();
          assertThat(found).as(sheet + " " + column.code()).hasSize(1);
          List<String> row = found.get(0);
          assertThat(row.get(1)).isEqualTo(header);
          assertThat(row.get(4)).isEqualTo(note.meaning().in(lang));
          assertThat(row.get(5)).isNotBlank();
          assertThat(row.get(6)).isEqualTo(
              notes.text(note.required() ? "required" : "optional").in(lang));
          assertThat(row.get(7)).isNotBlank();
        }
        assertThat(rows).as(table.code()).anyMatch(r -> r.size() >= 5 && r.get(0).equals(sheet)
            && r.get(2).equals(table.code()) && r.get(4).equals(notes.table(table).in(lang)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void namesTheDateAndYesNoSpellingsAndEveryValueOfACodedColumn(Lang lang) throws IOException {
    try (XSSFWorkbook wb = TemplateWorkbooks.workbook(lang)) {
      String all = String.join("\n", rows(wb.getSheetAt(0)).stream()
          .map(r -> String.join("\t", r)).toList());
      assertThat(all).contains(notes.spellings("date_spellings"))
          .contains(notes.spellings("yes_spellings")).contains(notes.spellings("no_spellings"))
          .contains(notes.text("other_sheets").in(lang));
      for (Table table : Table.values()) {
        for (Column column : TableSchema.columns(table)) {
          if (column.choices() != null) {
            for (var value : column.choices().getEnumConstants()) {
              assertThat(all).contains(value.spellings());
            }
          }
        }
      }
    }
  }

  private static List<List<String>> rows(XSSFSheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        Cell cell = row.getCell(i);
        cells.add(cell == null ? "" : cell.getStringCellValue());
      }
      rows.add(cells);
    }
    return rows;
  }
}
