package org.branchcheck.model;

/**
 * Where a value came from: a file (relative to the dataset or rule-set root), a 1-based line and a
 * 1-based column. Column 0 means "the whole line"; line 0 means "the whole file".
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  public SourceLocation atColumn(int newColumn) {
    return new SourceLocation(file, line, newColumn);
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourceLocation o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
