package org.branchcheck.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.model.Table;

/**
 * A CSV dataset folder turned into the workbook a branch would keep instead: one sheet per
 * table under its Chinese name and Chinese headers, a title merged above each header, dates as
 * Excel dates, hours as numbers, and each session's id merged down its sign-in rows.
 */
public final class CsvWorkbooks {
  private CsvWorkbooks() {}

  public static void convert(Path folder, Path workbook) throws IOException {
    Map<Table, Path> files = DatasetReader.tableFiles(folder, new java.util.ArrayList<>());
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
      CellStyle day = wb.createCellStyle();
      day.setDataFormat(
          wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      for (Map.Entry<Table, Path> e : files.entrySet()) {
        String text = TextDecoder.decode(Files.readAllBytes(e.getValue())).text();
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(new StringReader(text), CsvTableReader.FORMAT)) {
          records = p.getRecords();
        }
        sheet(wb, day, e.getKey(), records);
      }
      wb.write(out);
    }
  }

  private static void sheet(XSSFWorkbook wb, CellStyle day, Table table, List<CSVRecord> records) {
    XSSFSheet sheet = wb.createSheet(table.names().get(1));
    sheet.createRow(0).createCell(0).setCellValue(table.names().get(1) + "（台账）");
    if (records.isEmpty()) {
      return;
    }
    CSVRecord header = records.get(0);
    Row top = sheet.createRow(1);
    TableSchema.ColumnType[] types = new TableSchema.ColumnType[header.size()];
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      Optional<TableSchema.Column> known = TableSchema.columnOf(table, name);
      types[c] = known.map(TableSchema.Column::type).orElse(TableSchema.ColumnType.TEXT);
      top.createCell(c).setCellValue(known.map(k -> k.header(true)).orElse(name));
    }
    if (header.size() > 1) {
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
    }
    for (int r = 1; r < records.size(); r++) {
      CSVRecord record = records.get(r);
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < record.size() && c < types.length; c++) {
        String v = record.get(c).strip();
        boolean mergedAway = table == Table.ATTENDANCE && c == 0 && sameSession(records, r - 1, r);
        if (!v.isEmpty() && !mergedAway) {
          cell(row, c, v, types[c], day);
        }
      }
    }
    if (table == Table.ATTENDANCE) {
      for (int start = 1, end = 1; start < records.size(); start = end) {
        for (end = start + 1; end < records.size() && sameSession(records, start, end); end++) {
          // the run of sign-in rows of one session
        }
        if (end - start > 1) {
          sheet.addMergedRegion(new CellRangeAddress(start + 1, end, 0, 0));
        }
      }
    }
  }

  private static boolean sameSession(List<CSVRecord> records, int a, int b) {
    return a >= 1 && records.get(a).get(0).strip().equals(records.get(b).get(0).strip());
  }

  private static void cell(Row row, int c, String v, TableSchema.ColumnType type, CellStyle day) {
    try {
      if (type == TableSchema.ColumnType.DATE) {
        row.createCell(c).setCellValue(Values.date(v));
        row.getCell(c).setCellStyle(day);
        return;
      }
      if (type == TableSchema.ColumnType.NUMBER && v.matches("[0-9]+(\\.[0-9]+)?")) {
        row.createCell(c).setCellValue(Double.parseDouble(v));
        return;
      }
    } catch (Values.BadValue e) {
      // kept as the text typed, as Excel does with what it cannot read as a date
    }
    row.createCell(c).setCellValue(v);
  }
}
