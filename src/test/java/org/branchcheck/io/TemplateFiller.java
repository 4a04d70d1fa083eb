package org.branchcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Table;

/**
 * Fills an empty template with a YAML dataset's records as a secretary would type them: into
 * the template's own columns (dates typed as dates, hours as numbers, each cell in the column's
 * format), below the header, leaving the instructions sheet alone.
 */
public final class TemplateFiller {
  private TemplateFiller() {}

  /** The YAML dataset's tables, before values are read: what a user would type. */
  public static List<RawTable> tables(Path yaml) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<RawTable> tables = YamlDatasetReader.read(yaml.getFileName().toString(),
        Files.readString(yaml), problems).tables();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.toString());
    }
    return tables;
  }

  public static void fillWorkbook(Path template, List<RawTable> tables, Path filled)
      throws IOException {
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(filled)) {
      for (RawTable t : tables) {
        XSSFSheet sheet = sheet(wb, t.table());
        Row header = sheet.getRow(0);
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          for (Cell h : header) {
            String code = TableSchema.codeOf(t.table(), h.getStringCellValue()).orElseThrow();
            value(t, t.rows().get(r), code).ifPresent(v -> type(row.createCell(h.getColumnIndex()),
                v, t.table(), code, sheet.getColumnStyle(h.getColumnIndex())));
          }
        }
      }
      wb.write(out);
    }
  }

  public static void fillCsvFolder(Path folder, List<RawTable> tables) throws IOException {
    for (RawTable t : tables) {
      Path file;
      try (var files = Files.list(folder)) {
        file = files.filter(p -> p.toString().endsWith(".csv")).filter(p -> TableSchema
            .tableNamed(DatasetReader.stripExtension(p.getFileName().toString()))
            .equals(Optional.of(t.table()))).findFirst().orElseThrow();
      }
      String headerLine = Files.readString(file).lines().findFirst().orElseThrow();
      List<String> header = List.of(headerLine.replace("\uFEFF", "").split(","));
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.APPEND); CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
        for (RawTable.Row row : t.rows()) {
          for (String h : header) {
            csv.print(value(t, row, TableSchema.codeOf(t.table(), h).orElseThrow()).orElse(""));
          }
          csv.println();
        }
      }
    }
  }

  /** A row's value for a column code, whichever header (English or Chinese) the YAML used. */
  private static Optional<String> value(RawTable t, RawTable.Row row, String code) {
    return row.cells().entrySet().stream()
        .filter(e -> TableSchema.codeOf(t.table(), e.getKey()).equals(Optional.of(code)))
        .map(e -> e.getValue().text()).filter(v -> !v.isEmpty()).findFirst();
  }

  private static void type(Cell cell, String v, Table table, String code, CellStyle style) {
    TableSchema.ColumnType type = TableSchema.columnOf(table, code).orElseThrow().type();
    cell.setCellStyle(style);
    try {
      if (type == TableSchema.ColumnType.DATE) {
        cell.setCellValue(Values.date(v));
        return;
      }
      if (type == TableSchema.ColumnType.NUMBER) {
        cell.setCellValue(Double.parseDouble(v));
        return;
      }
    } catch (Values.BadValue | NumberFormatException e) {
      // typed as it was written; the checker says what is wrong with it
    }
    cell.setCellValue(v);
  }

  private static XSSFSheet sheet(XSSFWorkbook wb, Table table) {
    for (int s = 0; s < wb.getNumberOfSheets(); s++) {
      if (TableSchema.tableNamed(wb.getSheetName(s)).equals(Optional.of(table))) {
        return wb.getSheetAt(s);
      }
    }
    throw new IllegalArgumentException("no sheet for " + table);
  }
}
