package org.branchcheck.engine;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.branchcheck.model.SourceLocation;

/**
 * The byte form of findings in a {@link FindingList} (whose kinds and organisations are kept
 * apart): per finding a record of table indexes (rule, title, file), line and column as
 * variable-length integers and the free text (subject, name, message) as length-prefixed
 * characters; a page of records is deflated as one block. Any value a {@code Finding} can hold
 * survives, nulls and unpaired surrogates included: characters are written one UTF-16 unit at a
 * time (as CESU-8 does), not through a charset that would replace what it cannot encode.
 */
final class FindingCodec {
  private FindingCodec() {}

  /** A growing buffer of records: the page being filled. */
  static final class Out {
    private byte[] buf = new byte[4096];
    private int count;

    int size() {
      return count;
    }

    private void write(int b) {
      if (count == buf.length) {
        buf = Arrays.copyOf(buf, count * 2);
      }
      buf[count++] = (byte) b;
    }

    void record(Finding f, FindingStrings strings) {
      varint(strings.intern(f.rule()));
      varint(strings.intern(f.title()));
      SourceLocation at = f.at();
      if (at == null) {
        varint(0);
      } else {
        varint(strings.intern(at.file()) + 1);
        varint(strings.intern(at.sheet()));
        varint(at.line() << 1 ^ at.line() >> 31);
        varint(at.column() << 1 ^ at.column() >> 31);
      }
      text(f.subject());
      text(f.subjectName());
      text(f.message());
    }

    private void varint(int v) {
      while ((v & ~0x7f) != 0) {
        write(v & 0x7f | 0x80);
        v >>>= 7;
      }
      write(v);
    }

    private void text(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      varint(s.length() + 1);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          write(c);
        } else if (c < 0x800) {
          write(0xc0 | c >> 6);
          write(0x80 | c & 0x3f);
        } else {
          write(0xe0 | c >> 12);
          write(0x80 | c >> 6 & 0x3f);
          write(0x80 | c & 0x3f);
        }
      }
    }

    /** The page so far, deflated; the buffer is emptied for the next page. */
    byte[] deflate() {
      Deflater deflater = new Deflater(Deflater.BEST_SPEED);
      try {
        deflater.setInput(buf, 0, count);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(count / 3 + 64);
        byte[] chunk = new byte[8192];
        while (!deflater.finished()) {
          packed.write(chunk, 0, deflater.deflate(chunk));
        }
        count = 0;
        return packed.toByteArray();
      } finally {
        deflater.end();
      }
    }
  }

  /** Inflates a page written by {@link Out#deflate} back to its {@code rawLength} bytes. */
  static byte[] inflate(byte[] packed, int rawLength) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(packed);
      byte[] raw = new byte[rawLength];
      int n = 0;
      while (n < rawLength && !inflater.finished()) {
        n += inflater.inflate(raw, n, rawLength - n);
      }
      if (n != rawLength) {
        throw new IllegalStateException("finding page inflated to " + n + " of " + rawLength
            + " bytes");
      }
      return raw;
    } catch (DataFormatException e) {
      throw new IllegalStateException("finding page is damaged", e);
    } finally {
      inflater.end();
    }
  }

  /** Reads the records of an inflated page, one after another. */
  static final class In {
    private final byte[] raw;
    private final String[] strings;
    private int pos;
    private char[] chars = new char[64];

    In(byte[] raw, String[] strings) {
      this.raw = raw;
      this.strings = strings;
    }

    Finding record(short kind, String org) {
      String rule = strings[varint()];
      String title = strings[varint()];
      int file = varint();
      SourceLocation at = null;
      if (file != 0) {
        String sheet = strings[varint()];
        int line = varint();
        int column = varint();
        at = new SourceLocation(strings[file - 1], sheet, line >>> 1 ^ -(line & 1),
            column >>> 1 ^ -(column & 1));
      }
      String subject = text();
      String name = text();
      String message = text();
      return new Finding(rule, title, FindingKind.scope(kind), FindingKind.stage(kind), subject,
          name, org, FindingKind.outcome(kind), FindingKind.severity(kind), message, at);
    }

    private int varint() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = raw[pos++];
        v |= (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    private String text() {
      int length = varint() - 1;
      if (length < 0) {
        return null;
      }
      if (chars.length < length) {
        chars = Arrays.copyOf(chars, Math.max(length, chars.length * 2));
      }
      for (int i = 0; i < length; i++) {
        int b = raw[pos++] & 0xff;
        if (b < 0x80) {
          chars[i] = (char) b;
        } else if (b < 0xe0) {
          chars[i] = (char) ((b & 0x1f) << 6 | raw[pos++] & 0x3f);
        } else {
          chars[i] = (char) ((b & 0x0f) << 12 | (raw[pos++] & 0x3f) << 6 | raw[pos++] & 0x3f);
        }
      }
      return new String(chars, 0, length);
    }
  }
}
