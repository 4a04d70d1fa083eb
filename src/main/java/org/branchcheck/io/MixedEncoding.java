package org.branchcheck.io;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Finds UTF-8 lines in a file read as GB18030: a table pasted together from a "CSV UTF-8" export
 * and a GBK one. Read as GB18030, the UTF-8 names turn into strings of rare characters (王五 into
 * 鐜嬩簲) and nothing else would say so.
 *
 * <p>A line that merely decodes as UTF-8 is not evidence enough: a GBK pair whose bytes fall in
 * C2–DF, A1–BF is also a valid two-byte UTF-8 sequence. So a line counts only when its non-ASCII
 * bytes are all three-byte UTF-8 sequences of Chinese characters or punctuation (as UTF-8 Chinese
 * always is), with at least two characters, and read that way it has more of the 3,755 common
 * characters (GB2312 level 1) than read as GB18030. Mojibake is made of rare characters; names
 * and topics are made of common ones.
 */
final class MixedEncoding {
  private static final Charset GB2312 = Charset.forName("GB2312");
  private static final int MAX_LINE = 1 << 16;
  private static final int LINES_NAMED = 5;

  private final List<Integer> lines = new ArrayList<>();
  private String sample;
  /** The line being read: its first {@value #MAX_LINE} bytes, its length and number. */
  private final byte[] line = new byte[MAX_LINE];
  private int length;
  private int number = 1;

  /** A scanner to hand a GB18030 file's bytes to, in pieces of any size, then {@link #finish}. */
  MixedEncoding() {}

  /** The problem with a whole file's bytes, read as GB18030. */
  static Optional<Problem> in(String file, byte[] bytes) {
    MixedEncoding m = new MixedEncoding();
    m.accept(bytes, 0, bytes.length);
    return m.finish(file);
  }

  /** The next bytes of the file, {@code from} to {@code to}. */
  void accept(byte[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        line(line, 0, Math.min(length, MAX_LINE), number++);
        length = 0;
      } else if (length++ < MAX_LINE) {
        line[length - 1] = buf[i];
      }
    }
  }

  /** The problem, if there are UTF-8 lines, once every byte was accepted. */
  Optional<Problem> finish(String file) {
    line(line, 0, Math.min(length, MAX_LINE), number);
    return problem(file);
  }

  private void line(byte[] b, int from, int to, int number) {
    if (utf8Chinese(b, from, to)) {
      String utf8 = new String(b, from, to - from, StandardCharsets.UTF_8);
      String gb = new String(b, from, to - from, TextDecoder.GB18030);
      if (common(utf8) > common(gb)) {
        lines.add(number);
        if (sample == null) {
          String s = utf8.strip();
          sample = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
      }
    }
  }

  /**
   * Non-ASCII bytes only as three-byte sequences, at least two, of Chinese text: CJK characters
   * and punctuation (U+3000–U+9FFF), full-width forms (U+FF00–U+FFEF), quotes and dashes
   * (U+2010–U+206F).
   */
  static boolean utf8Chinese(byte[] b, int from, int to) {
    int chinese = 0;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      if (c < 0xE0 || c > 0xEF || i + 2 >= to
          || (b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) {
        return false;
      }
      int cp = (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
      if (!(cp >= 0x3000 && cp <= 0x9FFF || cp >= 0xFF00 && cp <= 0xFFEF
          || cp >= 0x2010 && cp <= 0x206F)) {
        return false;
      }
      chinese++;
      i += 3;
    }
    return chinese >= 2;
  }

  /** How many of the text's characters are among GB2312's 3,755 most common (level 1). */
  static int common(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Level1.CHARS.get(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** GB2312 level 1: the characters whose EUC-CN lead byte is B0–D7; built on first use. */
  private static final class Level1 {
    static final BitSet CHARS = build();

    private static BitSet build() {
      BitSet out = new BitSet(0xA000);
      CharsetEncoder gb2312 = GB2312.newEncoder();
      for (char c = 0x4E00; c <= 0x9FFF; c++) {
        if (gb2312.canEncode(c)) {
          try {
            int lead = gb2312.encode(CharBuffer.wrap(new char[] {c})).get(0) & 0xFF;
            out.set(c, lead >= 0xB0 && lead <= 0xD7);
          } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // canEncode said it can
          }
        }
      }
      return out;
    }
  }

  private Optional<Problem> problem(String file) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder named = new StringBuilder();
    for (int i = 0; i < Math.min(lines.size(), LINES_NAMED); i++) {
      named.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    if (lines.size() > LINES_NAMED) {
      named.append(" … (").append(lines.size()).append(")");
    }
    return Optional.of(Problem.of(new SourceLocation(file, lines.get(0), 0),
        ReadMessage.MIXED_ENCODING, named, sample));
  }
}
