package org.branchcheck.template;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.io.TableSchema.ColumnType;
import org.branchcheck.io.Values;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/**
 * One table's sheet: the header row (bold, frozen, each header with a comment saying what the
 * column holds), column formats, and a validation on every column whose values are fixed: a list,
 * a date or a number. Validations cover the whole column below the header.
 */
final class TableSheet {
  /** Excel refuses a list written into the validation longer than this, in characters. */
  static final int MAX_LIST_CHARS = 255;
  /** Excel's limits on a validation's message titles and texts. */
  private static final int MAX_TITLE = 32;
  private static final int MAX_PROMPT = 255;
  private static final int MAX_ERROR = 225;
  /** The latest date a validation lets through: later is a typo, as 2105 for 2005. */
  static final String LATEST_DATE = "DATE(2100,12,31)";
  static final String AUTHOR = "branchcheck";

  private final XSSFWorkbook workbook;
  private final SheetStyles styles;
  private final Notes notes;
  private final Lang lang;
  private final ColumnValues values;

  TableSheet(XSSFWorkbook workbook, SheetStyles styles, Notes notes, Lang lang) {
    this.workbook = workbook;
    this.styles = styles;
    this.notes = notes;
    this.lang = lang;
    this.values = new ColumnValues(notes, lang);
  }

  void write(Table table) {
    XSSFSheet sheet = workbook.createSheet(Names.table(table, lang));
    XSSFRow header = sheet.createRow(0);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    List<Column> columns = TableSchema.columns(table);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      XSSFCell cell = header.createCell(i);
      cell.setCellValue(Names.header(column, lang));
      cell.setCellStyle(styles.header());
      cell.setCellComment(comment(drawing, table, column, i));
      if (column.type() != ColumnType.NUMBER) {
        sheet.setDefaultColumnStyle(i, column.type() == ColumnType.DATE ? styles.date()
            : styles.text());
      }
      sheet.setColumnWidth(i, width(table, column) * 256);
      validate(sheet, table, column, i);
    }
    sheet.createFreezePane(0, 1);
  }

  private XSSFComment comment(XSSFDrawing drawing, Table table, Column column, int index) {
    Notes.ColumnNote note = notes.column(table, column.code());
    String text = note.meaning().in(lang) + "\n\n" + notes.text("labelled").in(lang,
        notes.text("col_accepts").in(lang), values.accepted(table, column)) + "\n"
        + notes.text(note.required() ? "required" : "optional").in(lang);
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(index + 1);
    anchor.setCol2(index + 5);
    anchor.setRow1(1);
    anchor.setRow2(5 + (int) text.lines().count());
    XSSFComment comment = drawing.createCellComment(anchor);
    comment.setString(new XSSFRichTextString(text));
    comment.setAuthor(AUTHOR);
    return comment;
  }

  private void validate(XSSFSheet sheet, Table table, Column column, int index) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint;
    switch (column.type()) {
      case CODED, BOOLEAN -> {
        List<String> choices = values.choices(column);
        if (String.join(",", choices).length() > MAX_LIST_CHARS) {
          throw new IllegalStateException("the choices of " + table.code() + "."
              + column.code() + " are too long for a list validation: " + choices);
        }
        constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
      }
      case DATE -> constraint = helper.createDateConstraint(OperatorType.BETWEEN,
          "DATE(" + Values.EARLIEST.getYear() + "," + Values.EARLIEST.getMonthValue() + ","
              + Values.EARLIEST.getDayOfMonth() + ")", LATEST_DATE, SheetStyles.DATE_FORMAT);
      case NUMBER -> constraint = number(helper, notes.column(table, column.code()));
      default -> {
        return;
      }
    }
    int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    DataValidation validation = helper.createValidation(constraint,
        new CellRangeAddressList(1, lastRow, index, index));
    String title = limited(Names.header(column, lang), MAX_TITLE);
    String rule = values.prompt(table, column);
    String meaning = notes.column(table, column.code()).meaning().in(lang);
    validation.createPromptBox(title, limited(meaning + "\n" + rule, MAX_PROMPT));
    validation.setShowPromptBox(true);
    validation.createErrorBox(limited(notes.text("error_title").in(lang), MAX_TITLE),
        limited(rule, MAX_ERROR));
    validation.setShowErrorBox(true);
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  private static DataValidationConstraint number(DataValidationHelper helper,
      Notes.ColumnNote note) {
    String max = note.max().map(m -> m.toPlainString()).orElse(null);
    int op = max == null ? OperatorType.GREATER_OR_EQUAL : OperatorType.BETWEEN;
    return note.whole() ? helper.createIntegerConstraint(op, "0", max)
        : helper.createDecimalConstraint(op, "0", max);
  }

  /** Wide enough for the header, the example and every choice; Chinese characters take two. */
  private int width(Table table, Column column) {
    int widest = Math.max(displayWidth(Names.header(column, lang)),
        displayWidth(values.example(table, column)));
    for (String choice : values.choices(column)) {
      widest = Math.max(widest, displayWidth(choice));
    }
    return Math.min(Math.max(widest + 3, 10), 48);
  }

  static int displayWidth(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  private static String limited(String text, int max) {
    if (text.length() > max) {
      throw new IllegalStateException("longer than Excel allows (" + max + "): " + text);
    }
    return text;
  }
}
