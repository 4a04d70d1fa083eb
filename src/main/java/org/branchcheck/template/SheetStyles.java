package org.branchcheck.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles a template uses, made once per workbook (Excel caps a workbook's styles).
 * Text columns are formatted as text so that ids such as 001 keep their zeros.
 */
record SheetStyles(XSSFCellStyle header, XSSFCellStyle text, XSSFCellStyle date,
    XSSFCellStyle title, XSSFCellStyle bold, XSSFCellStyle wrapped) {

  static final String DATE_FORMAT = "yyyy-mm-dd";

  static SheetStyles of(XSSFWorkbook workbook) {
    XSSFFont boldFont = workbook.createFont();
    boldFont.setBold(true);
    XSSFFont titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);
    short textFormat = workbook.createDataFormat().getFormat("@");

    XSSFCellStyle header = workbook.createCellStyle();
    header.setFont(boldFont);
    header.setDataFormat(textFormat);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    XSSFCellStyle text = workbook.createCellStyle();
    text.setDataFormat(textFormat);
    XSSFCellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    XSSFCellStyle title = workbook.createCellStyle();
    title.setFont(titleFont);
    XSSFCellStyle bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    bold.setVerticalAlignment(VerticalAlignment.TOP);
    bold.setWrapText(true);
    XSSFCellStyle wrapped = workbook.createCellStyle();
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped.setWrapText(true);
    return new SheetStyles(header, text, date, title, bold, wrapped);
  }
}
