package org.branchcheck.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/** Template workbooks written and read back with POI, and what tests look up in them. */
final class TemplateWorkbooks {
  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private TemplateWorkbooks() {}

  static XSSFWorkbook workbook(Lang lang) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(
        WorkbookTemplate.bytes(Notes.shipped(), lang)));
  }

  static int columnIndex(Table table, String code) {
    List<Column> columns = TableSchema.columns(table);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new AssertionError(code);
  }

  static XSSFSheet sheet(XSSFWorkbook wb, Table table) {
    for (int s = 0; s < wb.getNumberOfSheets(); s++) {
      if (TableSchema.tableNamed(wb.getSheetName(s)).equals(Optional.of(table))) {
        return wb.getSheetAt(s);
      }
    }
    throw new AssertionError("no sheet for " + table);
  }

  /** The one validation of a column, which must cover it from row 2 to the last row; or null. */
  static XSSFDataValidation validation(XSSFSheet sheet, int column) {
    XSSFDataValidation found = null;
    for (XSSFDataValidation v : sheet.getDataValidations()) {
      for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
        if (r.getFirstColumn() <= column && column <= r.getLastColumn()) {
          assertThat(found).as("one validation per column").isNull();
          assertThat(r.getFirstRow()).isEqualTo(1);
          assertThat(r.getLastRow()).isEqualTo(LAST_ROW);
          found = v;
        }
      }
    }
    return found;
  }
}
