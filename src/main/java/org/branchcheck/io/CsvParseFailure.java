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
    String what;
    if (message.contains("EOF reached before encapsulated token finished")) {
      what = "a quoted value starting on this line is never closed (a \" is missing), so the"
          + " rest of the file would be one value; close the quote or remove it";
    } else if (message.contains("invalid char between encapsulated token and delimiter")) {
      what = "text follows a closing quote before the next comma; put the whole value in quotes"
          + " and double any \" inside it (\"\")";
    } else {
      what = "the file cannot be read as CSV: " + START_LINE.matcher(message).replaceAll("")
          .strip();
    }
    return new Problem(new SourceLocation(file, line, 0), what);
  }

  private static String innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
