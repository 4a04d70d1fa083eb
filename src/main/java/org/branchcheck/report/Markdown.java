package org.branchcheck.report;

import java.util.List;

/**
 * Escaping and tables for the Markdown report. Names and messages come from users' files, so every
 * piece of them is escaped: a {@code |} would split a table cell, {@code *}, {@code _} or a
 * backtick would restyle the rest of the line, {@code <} could start raw HTML, {@code [} a link,
 * {@code $} a formula, and a line break would end the table. Everything is escaped with a
 * backslash, which GitHub-flavoured Markdown accepts before any ASCII punctuation.
 */
final class Markdown {
  /** Characters that mean something inline; {@code #} because a heading may end with one. */
  private static final String SPECIAL = "\\`*_|<>[]&#~$";

  private Markdown() {}

  /** Text for a table cell: line breaks become {@code <br>}, the one tag the report writes. */
  static String cell(String text) {
    return escape(text, "<br>");
  }

  /** Text for a heading or a paragraph: line breaks become spaces. */
  static String inline(String text) {
    return escape(text, " ");
  }

  private static String escape(String text, String lineBreak) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // the \n that follows makes the one break
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.append(lineBreak);
      } else if (c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append('\uFFFD'); // visible, so a reader knows something was there
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A table; {@code numeric} columns are right-aligned. Cells must already be escaped, so callers
   * can mix their own words with users' text.
   */
  static void table(StringBuilder out, List<String> header, boolean[] numeric,
      List<List<String>> rows) {
    out.append('\n').append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      out.append(numeric[i] ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
  }

  /** A table where every column holds text. */
  static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
    table(out, header, new boolean[header.size()], rows);
  }
}
