package org.branchcheck.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * A CSV file the parser gave up on, told in the user's terms and at the line where the trouble
 * starts (the parser names it), not with the parser's exception: most often a quote opened and
 * never closed, which swallows the rest of the file.
 */
final class CsvParseFailure {
  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

  private CsvParseFailure() {}

  /**
   * @param lastLine the last line read, where the problem is placed when no start is named
   * @param firstLine the line of the file that the parsed text starts at
   */
  static Problem of(String file, Exception e, int lastLine, int firstLine) {
    String message = innermost(e);
    Matcher start = START_LINE.matcher(message);
    int line = start.find() ? Integer.parseInt(start.group(1)) + firstLine - 1 : lastLine;
    SourceLocation at = new SourceLocation(file, line, 0);
    if (message.contains("EOF reached before encapsulated token finished")) {
      return Problem.of(at, ReadMessage.QUOTE_NOT_CLOSED);
    } else if (message.contains("invalid char between encapsulated token and delimiter")) {
      return Problem.of(at, ReadMessage.TEXT_AFTER_QUOTE);
    }
    return Problem.of(at, ReadMessage.NOT_CSV, START_LINE.matcher(message).replaceAll("").strip());
  }

  private static String innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
