package org.branchcheck.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.extractor.WordExtractor;

/**
 * The text of a legacy Word 97–2003 .doc, read with Apache POI's HWPF. Field codes are stripped
 * and Word's control marks (paragraph, cell and field marks) become spaces, which count 0.
 */
final class DocText {
  private DocText() {}

  static EssayFiles.Text read(byte[] bytes) throws Values.BadValue {
    try (WordExtractor x = new WordExtractor(new ByteArrayInputStream(bytes))) {
      StringBuilder body = new StringBuilder();
      append(body, x.getParagraphText());
      body.append(clean(x.getHeaderText())).append('\n').append(clean(x.getFooterText()));
      StringBuilder notes = new StringBuilder();
      append(notes, x.getFootnoteText());
      append(notes, x.getEndnoteText());
      append(notes, x.getMainTextboxText());
      return new EssayFiles.Text(body.toString(), notes.toString(), "doc");
    } catch (EncryptedDocumentException e) {
      throw new Values.BadValue(Expected.WORD_PASSWORD, "doc");
    } catch (IOException | RuntimeException e) {
      throw new Values.BadValue(Expected.WORD_READABLE, "doc",
          DocxText.reason(e));
    }
  }

  private static void append(StringBuilder out, String[] paragraphs) {
    for (String p : paragraphs) {
      out.append(clean(p)).append('\n');
    }
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    WordExtractor.stripFields(text).codePoints()
        .forEach(c -> out.appendCodePoint(c < 0x20 ? ' ' : c));
    return out.toString();
  }
}
