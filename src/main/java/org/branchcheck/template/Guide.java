package org.branchcheck.template;

import java.util.ArrayList;
import java.util.List;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/**
 * What a template's instructions say, in one language, before it is laid out as a sheet or as a
 * text file: the opening paragraphs, then every table with every column.
 */
record Guide(String title, List<String> paragraphs, List<TableGuide> tables) {

  /** A table: its sheet or file name, code, other accepted names, meaning, columns. */
  record TableGuide(String name, String code, String otherNames, String meaning,
      List<ColumnGuide> columns) {}

  /** A column: the header the template writes, code, other headers and what the notes say. */
  record ColumnGuide(String header, String code, String otherHeaders, String meaning,
      String accepted, String required, String example) {}

  /** @param workbook whether the tables are sheets of a workbook, or CSV files in a folder */
  static Guide of(Notes notes, Lang lang, boolean workbook) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(notes.text(workbook ? "purpose" : "folder_purpose").in(lang));
    paragraphs.add(notes.text("headers").in(lang));
    paragraphs.add(notes.text("empty_tables").in(lang));
    paragraphs.add(notes.text("required_means").in(lang));
    paragraphs.add(notes.text(workbook ? "other_sheets" : "other_files").in(lang));
    paragraphs.add(notes.text(workbook ? "dropdowns" : "save_csv").in(lang));
    ColumnValues values = new ColumnValues(notes, lang);
    paragraphs.add(notes.text("labelled").in(lang, notes.text("dates_label").in(lang),
        values.dates()));
    paragraphs.add(notes.text("labelled").in(lang, notes.text("booleans_label").in(lang),
        values.booleans()));
    List<TableGuide> tables = new ArrayList<>();
    for (Table table : Table.values()) {
      String name = Names.table(table, lang);
      List<ColumnGuide> columns = new ArrayList<>();
      for (Column column : TableSchema.columns(table)) {
        String header = Names.header(column, lang);
        Notes.ColumnNote note = notes.column(table, column.code());
        columns.add(new ColumnGuide(header, column.code(), others(column.headers(), header),
            note.meaning().in(lang), values.accepted(table, column),
            notes.text(note.required() ? "required" : "optional").in(lang),
            values.example(table, column)));
      }
      tables.add(new TableGuide(name, table.code(), others(table.names(), name),
          notes.table(table).in(lang), columns));
    }
    return new Guide(notes.text("title").in(lang), paragraphs, tables);
  }

  private static String others(List<String> names, String shown) {
    return String.join(", ", names.stream().filter(n -> !n.equals(shown)).toList());
  }
}
