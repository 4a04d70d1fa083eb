package org.branchcheck.template;

import org.branchcheck.model.Lang;

/**
 * The instructions of a CSV template as a text file beside the tables: the same guide the
 * workbook's instructions sheet shows, laid out as indented text with Windows line endings.
 */
final class ReadmeText {
  private static final String CRLF = "\r\n";

  private ReadmeText() {}

  static String of(Notes notes, Lang lang) {
    Guide guide = Guide.of(notes, lang, false);
    StringBuilder out = new StringBuilder();
    out.append(guide.title()).append(CRLF).append(CRLF);
    for (String paragraph : guide.paragraphs()) {
      out.append(paragraph).append(CRLF).append(CRLF);
    }
    out.append(notes.text("table_heading").in(lang)).append(CRLF);
    for (Guide.TableGuide table : guide.tables()) {
      out.append(CRLF).append(table.name()).append(CsvTemplate.EXTENSION)
          .append(code(table.name(), table.code())).append(CRLF);
      out.append("  ").append(table.meaning()).append(CRLF);
      line(out, notes, lang, "col_other", table.otherNames(), "  ");
      for (Guide.ColumnGuide c : table.columns()) {
        out.append(CRLF).append("  ").append(c.header()).append(code(c.header(), c.code()))
            .append("  ").append(c.required()).append(CRLF);
        out.append("    ").append(c.meaning()).append(CRLF);
        line(out, notes, lang, "col_other", c.otherHeaders(), "    ");
        line(out, notes, lang, "col_accepts", c.accepted(), "    ");
        line(out, notes, lang, "col_example", c.example(), "    ");
      }
    }
    return out.toString();
  }

  /** The code after a Chinese name, so that either can be searched for; nothing after a code. */
  private static String code(String name, String code) {
    return name.equals(code) ? "" : "  [" + code + "]";
  }

  /** A labelled line; a value of several lines continues under the label, indented. */
  private static void line(StringBuilder out, Notes notes, Lang lang, String label, String value,
      String indent) {
    if (value.isEmpty()) {
      return;
    }
    String[] lines = value.split("\n");
    if (lines.length == 1) {
      out.append(indent).append(notes.text("labelled").in(lang, notes.text(label).in(lang),
          value)).append(CRLF);
      return;
    }
    out.append(indent).append(notes.text("labelled").in(lang, notes.text(label).in(lang), "")
        .stripTrailing()).append(CRLF);
    for (String l : lines) {
      out.append(indent).append("  ").append(l).append(CRLF);
    }
  }
}
