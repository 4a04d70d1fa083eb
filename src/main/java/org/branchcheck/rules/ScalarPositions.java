package org.branchcheck.rules;

import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.model.SourceLocation;

/**
 * Maps a position inside a YAML scalar's text back to the rule file. Exact for single-line plain
 * or quoted scalars and for literal block scalars ({@code |}), the forms expressions are written in;
 * folded or multi-line plain scalars get the right line for their first line only.
 */
final class ScalarPositions {
  private ScalarPositions() {}

  /**
   * @param offset where the expression starts in the scalar's text
   * @param line 1-based line within the expression
   * @param column 0-based column within that line of the expression
   */
  static SourceLocation at(Scalar scalar, int offset, int line, int column) {
    String text = scalar.text();
    int lineInText = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        lineInText++;
        lineStart = i + 1;
      }
    }
    int colInText = offset - lineStart;
    if (line > 1) {
      lineInText += line - 1;
      colInText = column;
    } else {
      colInText += column;
    }
    SourceLocation content = scalar.content();
    return new SourceLocation(content.file(), content.line() + lineInText - 1,
        content.column() + colInText);
  }
}
