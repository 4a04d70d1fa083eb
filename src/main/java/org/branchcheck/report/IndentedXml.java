package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} that indents by two spaces and makes any
 * string safe for XML 1.0. The stream writer escapes {@code < & > "} but passes control characters
 * through, and XML 1.0 has no way at all to carry most of them (not even as {@code &#1;}), so a
 * record with a stray escape byte would otherwise make the whole report unreadable to the CI
 * server. Those characters become U+FFFD.
 */
final class IndentedXml {
  static final char REPLACEMENT = '\uFFFD';

  // The JDK's own writer, never one found on the class path, so the bytes do not depend on it.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Writer out;
  private final XMLStreamWriter x;
  /** Per open element: whether it has child elements, so that its end tag goes on a new line. */
  private final Deque<Boolean> open = new ArrayDeque<>();

  IndentedXml(Writer out) throws IOException {
    // The declaration is written by hand: the stream writer would compare the declared encoding
    // with the Writer's, which it cannot know; the caller writes UTF-8.
    this.out = out;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    try {
      x = FACTORY.createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Opens an element on its own line; attributes are name, value pairs. */
  IndentedXml start(String name, String... attributes) throws IOException {
    try {
      newLine();
      x.writeStartElement(name);
      attributes(attributes);
      open.push(false);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An element with no content, on its own line. */
  IndentedXml empty(String name, String... attributes) throws IOException {
    try {
      newLine();
      x.writeEmptyElement(name);
      attributes(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /**
   * An element holding only text, on its own line; the text keeps its own line breaks. Empty text
   * gives an empty element.
   */
  IndentedXml leaf(String name, String text, String... attributes) throws IOException {
    if (text.isEmpty()) {
      return empty(name, attributes);
    }
    try {
      newLine();
      x.writeStartElement(name);
      attributes(attributes);
      x.writeCharacters(text(text));
      x.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  IndentedXml end() throws IOException {
    try {
      if (open.pop()) {
        x.writeCharacters("\n" + "  ".repeat(open.size()));
      }
      x.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the document with a final line break; the caller's Writer stays open. */
  void finish() throws IOException {
    try {
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    out.write("\n");
  }

  private void newLine() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
      x.writeCharacters("\n" + "  ".repeat(open.size()));
    }
  }

  private void attributes(String[] nameValues) throws XMLStreamException {
    for (int i = 0; i < nameValues.length; i += 2) {
      x.writeAttribute(nameValues[i], attribute(nameValues[i + 1]));
    }
  }

  /**
   * An attribute value as a reader will see it: a parser turns tabs and line breaks in attributes
   * into spaces anyway, so they are written as spaces rather than left for it to change.
   */
  static String attribute(String s) {
    return legal(s).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /** Text content with line breaks as {@code \n}, which is what a parser hands on. */
  static String text(String s) {
    return legal(s).replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Replaces every character XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF). */
  static String legal(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        if (ok) {
          b.appendCodePoint(c);
        } else {
          b.append(REPLACEMENT);
        }
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }
}
