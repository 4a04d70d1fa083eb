package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Builds the HTML report as polyglot markup: it must read the same as HTML in a browser and as
 * well-formed XML (so it can be checked with any XML parser). Every element is closed, void
 * elements are self-closed, and all text and attribute values go through {@link #escape}, because
 * names and messages come from users' files and may hold markup.
 */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Opens {@code tag}; {@code attributes} are name-value pairs, the values escaped here. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"")
          .append(escape(attributes[i + 1]).replace("\"", "&quot;")).append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** A self-closed element: HTML void elements ({@code meta}, {@code br}) and SVG shapes. */
  Html empty(String tag, String... attributes) {
    open(tag, attributes);
    out.setLength(out.length() - 1);
    out.append("/>");
    return this;
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding only text; never self-closed, which HTML would not end. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Markup written by the report itself, never users' text. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  /**
   * A table with a header row; {@code classes} gives each column's class ("" for none), put on
   * its header and cells alike so widths and alignment match.
   */
  Html table(String tableClass, List<String> header, List<String> classes,
      List<List<String>> rows) {
    open("table", "class", tableClass).newline().open("thead").open("tr");
    for (int i = 0; i < header.size(); i++) {
      element("th", header.get(i), classOf(classes.get(i)));
    }
    close("tr").close("thead").newline().open("tbody").newline();
    for (List<String> row : rows) {
      open("tr");
      for (int i = 0; i < row.size(); i++) {
        element("td", row.get(i), classOf(classes.get(i)));
      }
      close("tr").newline();
    }
    return close("tbody").close("table").newline();
  }

  private static String[] classOf(String c) {
    return c.isEmpty() ? new String[0] : new String[] {"class", c};
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Writes what was built so far and forgets it, so that a long report is never held whole. */
  void writeTo(Writer writer) throws IOException {
    writer.append(out);
    out.setLength(0);
  }

  /**
   * Escapes text for element content; {@link #open} also escapes the double quotes that delimit
   * attribute values. Characters XML does not allow at all (most control characters, lone
   * surrogates, U+FFFE, U+FFFF) become U+FFFD, because one of them would make the whole file
   * unreadable to an XML parser; line breaks are kept as {@code \n} and shown by the style sheet.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\r' -> {
          if (i >= text.length() || text.charAt(i) != '\n') {
            b.append('\n');
          }
        }
        default -> {
          if (allowed(c)) {
            b.appendCodePoint(c);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
    return b.toString();
  }

  /** XML 1.0 characters, less the C1 controls and DEL that HTML treats as errors. */
  private static boolean allowed(int c) {
    if (c == '\t' || c == '\n') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return false;
    }
    return (c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
  }
}
