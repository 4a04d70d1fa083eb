package org.branchcheck.model;

/**
 * Where a value came from: a file (relative to the dataset or rule-set root), a 1-based line and a
 * 1-based column. Column 0 means "the whole line"; line 0 means "the whole file". In a workbook
 * the {@code sheet} is named, the line is the sheet's row and the column its column (A is 1), and
 * the location reads as Excel writes a reference: {@code ledger.xlsx:党员名册!C12}. Elsewhere the
 * sheet is empty.
 */
public record SourceLocation(String file, String sheet, int line, int column)
    implements Comparable<SourceLocation> {

  public SourceLocation {
    sheet = sheet == null ? "" : sheet;
  }

  public SourceLocation(String file, int line, int column) {
    this(file, "", line, column);
  }

  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  public static SourceLocation ofSheet(String file, String sheet) {
    return new SourceLocation(file, sheet, 0, 0);
  }

  public SourceLocation atColumn(int newColumn) {
    return new SourceLocation(file, sheet, line, newColumn);
  }

  /** The same place in another file (the same sheet, row and column). */
  public SourceLocation inFile(String newFile) {
    return new SourceLocation(newFile, sheet, line, column);
  }

  public boolean inSheet() {
    return !sheet.isEmpty();
  }

  /** The cell as Excel names it ({@code C12}; a whole row is its first cell), or "". */
  public String cell() {
    if (!inSheet() || line <= 0) {
      return "";
    }
    return columnLetters(Math.max(column, 1)) + line;
  }

  /** The sheet and cell as Excel's name box takes them: {@code 党员名册!C12}. */
  public String sheetReference() {
    String name = sheet.matches("[\\p{L}\\p{N}_.]+") && !Character.isDigit(sheet.charAt(0))
        ? sheet : "'" + sheet.replace("'", "''") + "'";
    return line <= 0 ? name : name + "!" + cell();
  }

  /** Excel's column letters: 1 is A, 27 is AA. */
  public static String columnLetters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      s.append((char) ('A' + (c - 1) % 26));
    }
    return s.reverse().toString();
  }

  @Override
  public String toString() {
    if (inSheet()) {
      return file + ":" + sheetReference();
    }
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourceLocation o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = sheet.compareTo(o.sheet);
    }
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
