package org.branchcheck.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Node;

/**
 * The text of a .docx as Word counts it. Apache POI opens the package, guarding against zip bombs
 * (a minimum compression ratio and a maximum part size, set here); the text is then taken from the
 * {@code w:t} runs of each part. POI's own {@code getText()} is not used because it adds markers
 * Word does not count ({@code [footnoteRef:1]}, the footnote's text in brackets, text-box text
 * inline). Deleted revisions ({@code w:delText}) and field codes ({@code w:instrText}) are not text;
 * of a shape's {@code mc:AlternateContent} only the first choice is read, since the fallback repeats it.
 */
final class DocxText {
  /** A part of the package larger than this, once inflated, is refused. */
  static final long MAX_PART_BYTES = 64L * 1024 * 1024;
  /** A part that inflates more than 100 times (1 / 0.01) is taken for a zip bomb. */
  static final double MIN_INFLATE_RATIO = 0.01;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  private DocxText() {}

  static EssayFiles.Text read(byte[] bytes) throws Values.BadValue {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      Collector c = new Collector();
      c.walk(doc.getDocument().getBody());
      for (XWPFHeader h : doc.getHeaderList()) {
        c.walk(h._getHdrFtr());
      }
      for (XWPFFooter f : doc.getFooterList()) {
        c.walk(f._getHdrFtr());
      }
      doc.getFootnotes().forEach(n -> c.walkNote(n.getCTFtnEdn()));
      doc.getEndnotes().forEach(n -> c.walkNote(n.getCTFtnEdn()));
      return new EssayFiles.Text(c.body.toString(), c.notes.toString(), "docx");
    } catch (EncryptedDocumentException e) {
      throw new Values.BadValue(Expected.WORD_PASSWORD, "docx");
    } catch (IOException | RuntimeException e) {
      throw new Values.BadValue(Expected.WORD_READABLE, "docx", reason(e));
    }
  }

  static String reason(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (text.contains("Zip bomb") || text.contains("zip bomb")) {
      return "refused as a zip bomb: it inflates more than " + Math.round(1 / MIN_INFLATE_RATIO)
          + " times or has a part over " + (MAX_PART_BYTES >> 20) + " MiB";
    }
    return text.substring(0, Math.min(text.length(), 200)).replaceAll("\\s+", " ").strip();
  }

  /** Body text into one buffer, footnotes, endnotes and text boxes into the other. */
  private static final class Collector {
    final StringBuilder body = new StringBuilder();
    final StringBuilder notes = new StringBuilder();

    void walk(XmlObject part) {
      walk(part.getDomNode(), body);
    }

    void walkNote(XmlObject note) {
      walk(note.getDomNode(), notes);
    }

    private void walk(Node node, StringBuilder out) {
      for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c.getNodeType() != Node.ELEMENT_NODE) {
          continue;
        }
        String name = c.getLocalName();
        if (MC.equals(c.getNamespaceURI())) {
          if (!"Fallback".equals(name)) {
            walk(c, out);
          }
        } else if (!W.equals(c.getNamespaceURI())) {
          walk(c, out);
        } else if ("t".equals(name)) {
          // XmlBeans' DOM has no getTextContent(): gather the text nodes
          for (Node t = c.getFirstChild(); t != null; t = t.getNextSibling()) {
            if (t.getNodeType() == Node.TEXT_NODE || t.getNodeType() == Node.CDATA_SECTION_NODE) {
              out.append(t.getNodeValue());
            }
          }
        } else if ("tab".equals(name) || "br".equals(name) || "cr".equals(name)) {
          out.append(' ');
        } else if ("txbxContent".equals(name)) {
          walk(c, notes);
          notes.append('\n');
        } else if ("p".equals(name)) {
          walk(c, out);
          out.append('\n');
        } else if (!"delText".equals(name) && !"instrText".equals(name)) {
          walk(c, out);
        }
      }
    }
  }
}
