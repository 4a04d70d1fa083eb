package org.branchcheck.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchcheck.template.TemplateWorkbooks.columnIndex;
import static org.branchcheck.template.TemplateWorkbooks.sheet;
import static org.branchcheck.template.TemplateWorkbooks.validation;
import static org.branchcheck.template.TemplateWorkbooks.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.io.TableSchema;
import org.branchcheck.io.TableSchema.Column;
import org.branchcheck.io.TableSchema.ColumnType;
import org.branchcheck.io.Values;
import org.branchcheck.model.Coded;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workbook read back with POI: sheets, headers, comments and validations per column. */
class WorkbookTemplateTest {
  private final Notes notes = Notes.shipped();

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyTableIsASheetNamedInTheLanguageWithEveryColumnInOrder(Lang lang)
      throws IOException {
    try (XSSFWorkbook wb = workbook(lang)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(Table.values().length + 1);
      assertThat(TableSchema.tableNamed(wb.getSheetName(0))).isEmpty();
      for (int s = 1; s < wb.getNumberOfSheets(); s++) {
        Table table = Table.values()[s - 1];
        String name = wb.getSheetName(s);
        assertThat(TableSchema.tableNamed(name)).as(name).contains(table);
        assertThat(name.equals(table.code())).as(name).isEqualTo(lang == Lang.EN);
        XSSFRow header = wb.getSheetAt(s).getRow(0);
        List<Column> columns = TableSchema.columns(table);
        assertThat(header.getLastCellNum()).as(name).isEqualTo((short) columns.size());
        for (int i = 0; i < columns.size(); i++) {
          String text = header.getCell(i).getStringCellValue();
          assertThat(TableSchema.codeOf(table, text)).as(name + " " + text)
              .contains(columns.get(i).code());
          boolean chineseExists = columns.get(i).headers().size() > 1;
          assertThat(text.equals(columns.get(i).code())).as(text)
              .isEqualTo(lang == Lang.EN || !chineseExists);
        }
        assertThat(wb.getSheetAt(s).getLastRowNum()).as("no data rows").isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void headersAreBoldFrozenWideEnoughAndSayWhatTheirColumnHolds(Lang lang) throws IOException {
    try (XSSFWorkbook wb = workbook(lang)) {
      for (Table table : Table.values()) {
        XSSFSheet sheet = sheet(wb, table);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        List<Column> columns = TableSchema.columns(table);
        for (int i = 0; i < columns.size(); i++) {
          XSSFCell cell = sheet.getRow(0).getCell(i);
          assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
          assertThat(cell.getCellComment()).as(cell.getStringCellValue()).isNotNull();
          assertThat(cell.getCellComment().getString().getString())
              .contains(notes.column(table, columns.get(i).code()).meaning().in(lang));
          assertThat(sheet.getColumnWidth(i)).isGreaterThanOrEqualTo(
              TableSheet.displayWidth(cell.getStringCellValue()) * 256);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void codedColumnsOfferExactlyOneSpellingOfEachValue(Lang lang) throws IOException {
    int lists = 0;
    try (XSSFWorkbook wb = workbook(lang)) {
      for (Table table : Table.values()) {
        List<Column> columns = TableSchema.columns(table);
        for (int i = 0; i < columns.size(); i++) {
          Column column = columns.get(i);
          if (column.type() != ColumnType.CODED) {
            continue;
          }
          XSSFDataValidation v = validation(sheet(wb, table), i);
          assertThat(v.getValidationConstraint().getValidationType())
              .isEqualTo(ValidationType.LIST);
          String[] offered = v.getValidationConstraint().getExplicitListValues();
          assertThat(String.join(",", offered).length()).isLessThanOrEqualTo(255);
          List<Coded> values = new ArrayList<>();
          for (String item : offered) {
            Coded value = parse(column, item);
            values.add(value);
            if (lang == Lang.ZH) {
              assertThat(value.chinese()).as(item).contains(item);
            } else {
              assertThat(item).isEqualTo(value.code());
            }
          }
          assertThat(values).as(table.code() + "." + column.code())
              .containsExactlyInAnyOrder(column.choices().getEnumConstants());
          lists++;
        }
      }
    }
    assertThat(lists).isPositive().isEqualTo(codedColumns());
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void yesNoDateAndNumberColumnsAreValidatedTextColumnsAreNot(Lang lang) throws Exception {
    try (XSSFWorkbook wb = workbook(lang)) {
      for (Table table : Table.values()) {
        XSSFSheet sheet = sheet(wb, table);
        List<Column> columns = TableSchema.columns(table);
        for (int i = 0; i < columns.size(); i++) {
          Column column = columns.get(i);
          XSSFDataValidation v = validation(sheet, i);
          String at = table.code() + "." + column.code();
          switch (column.type()) {
            case BOOLEAN -> {
              String[] offered = v.getValidationConstraint().getExplicitListValues();
              assertThat(offered).hasSize(2);
              assertThat(Values.bool(offered[0])).isTrue();
              assertThat(Values.bool(offered[1])).isFalse();
              if (lang == Lang.ZH) {
                assertThat(offered).containsExactly("是", "否");
              }
            }
            case DATE -> {
              assertThat(v.getValidationConstraint().getValidationType())
                  .isEqualTo(ValidationType.DATE);
              assertThat(v.getValidationConstraint().getOperator())
                  .isEqualTo(OperatorType.BETWEEN);
              assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("DATE(1921,7,1)");
              assertThat(v.getValidationConstraint().getFormula2())
                  .isEqualTo("DATE(2100,12,31)");
              assertThat(sheet.getColumnStyle(i).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            }
            case NUMBER -> {
              assertThat(v.getValidationConstraint().getValidationType()).as(at)
                  .isIn(ValidationType.DECIMAL, ValidationType.INTEGER);
              assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
            }
            case TEXT -> assertThat(v).as(at).isNull();
            default -> { }
          }
          if (v != null) {
            assertThat(v.getShowPromptBox()).as(at).isTrue();
            assertThat(v.getPromptBoxText()).as(at).isNotBlank();
            assertThat(v.getShowErrorBox()).as(at).isTrue();
            assertThat(v.getEmptyCellAllowed()).as(at).isTrue();
          }
          if (column.type() == ColumnType.TEXT || column.type() == ColumnType.CODED) {
            assertThat(sheet.getColumnStyle(i).getDataFormatString()).as(at).isEqualTo("@");
          }
        }
      }
      XSSFSheet sessions = sheet(wb, Table.SESSIONS);
      int hours = columnIndex(Table.SESSIONS, "hours");
      assertThat(validation(sessions, hours).getValidationConstraint().getFormula2())
          .isEqualTo("24");
      XSSFSheet essays = sheet(wb, Table.ESSAYS);
      assertThat(validation(essays, columnIndex(Table.ESSAYS, "chars"))
          .getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
    }
  }

  private static Coded parse(Column column, String item) {
    for (Coded c : column.choices().getEnumConstants()) {
      if (c.spellings().contains(item)) {
        return c;
      }
    }
    throw new AssertionError(item + " is not a spelling of " + column.choices());
  }

  private static int codedColumns() {
    int n = 0;
    for (Table table : Table.values()) {
      n += (int) TableSchema.columns(table).stream()
          .filter(c -> c.type() == ColumnType.CODED).count();
    }
    return n;
  }
}
