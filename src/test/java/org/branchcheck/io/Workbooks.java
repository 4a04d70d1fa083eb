package org.branchcheck.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks made in the tests, as Excel would save them: each value written with the cell type a
 * user's typing gives it (a date is a serial number shown as a date, "40" typed after a quote is
 * text, a formula keeps its last value).
 */
public final class Workbooks {
  /** A date shown with Excel's default date format (the serial number underneath). */
  public record Day(LocalDate date) {}

  /** A number with no date format: what is left when a date column is pasted as values. */
  public record Serial(double value) {}

  /** A formula with its computed value, as Excel saves it. */
  public record Formula(String formula, double cached) {}

  /** A cell holding a spreadsheet error such as #N/A. */
  public record Error(FormulaError error) {}

  /** One sheet: its name, rows of cells (null for a blank cell), merged ranges ("A1:F1"). */
  public record Sheet(String name, List<List<Object>> rows, List<String> merged) {
    public Sheet(String name, List<List<Object>> rows) {
      this(name, rows, List.of());
    }
  }

  private Workbooks() {}

  public static Sheet sheet(String name, Object[]... rows) {
    List<List<Object>> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(java.util.Arrays.asList(r));
    }
    return new Sheet(name, list);
  }

  public static Sheet merged(Sheet s, String... ranges) {
    return new Sheet(s.name(), s.rows(), List.of(ranges));
  }

  public static Path write(Path file, Sheet... sheets) throws IOException {
    try (XSSFWorkbook wb = build(sheets); OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  public static XSSFWorkbook build(Sheet... sheets) {
    XSSFWorkbook wb = new XSSFWorkbook();
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
    for (Sheet s : sheets) {
      XSSFSheet sheet = wb.createSheet(s.name());
      for (int r = 0; r < s.rows().size(); r++) {
        Row row = sheet.createRow(r);
        List<Object> cells = s.rows().get(r);
        for (int c = 0; c < cells.size(); c++) {
          if (cells.get(c) != null) {
            set(row.createCell(c), cells.get(c), date);
          }
        }
      }
      for (String range : s.merged()) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
      }
    }
    return wb;
  }

  private static void set(Cell cell, Object value, CellStyle date) {
    if (value instanceof String s) {
      cell.setCellValue(s);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (value instanceof Day d) {
      cell.setCellValue(d.date());
      cell.setCellStyle(date);
    } else if (value instanceof Serial s) {
      cell.setCellValue(s.value());
    } else if (value instanceof Formula f) {
      cell.setCellFormula(f.formula());
      cell.setCellValue(f.cached()); // on a formula cell: its last computed value
    } else if (value instanceof Error e) {
      cell.setCellErrorValue(e.error().getCode());
    } else {
      throw new IllegalArgumentException("no cell for " + value);
    }
  }
}
