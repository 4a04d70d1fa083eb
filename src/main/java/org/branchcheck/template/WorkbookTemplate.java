package org.branchcheck.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/**
 * The template as one .xlsx workbook: the instructions sheet first, then one sheet per table.
 * The same language gives the same bytes, whatever the clock says.
 */
final class WorkbookTemplate {
  private WorkbookTemplate() {}

  static byte[] bytes(Notes notes, Lang lang) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetStyles styles = SheetStyles.of(workbook);
      InstructionsSheet.write(workbook, styles, notes, lang);
      TableSheet tables = new TableSheet(workbook, styles, notes, lang);
      for (Table table : Table.values()) {
        tables.write(table);
      }
      workbook.setActiveSheet(0);
      POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
      // A template has no creation time of its own; POI's would make every run's bytes differ.
      core.setCreated(Optional.empty());
      core.setCreator(TableSheet.AUTHOR);
      core.setTitle(notes.text("workbook_title").in(lang));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return StableZip.restamp(out.toByteArray());
    }
  }
}
