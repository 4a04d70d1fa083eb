package org.branchcheck.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text through with control characters (other than line feed and tab) replaced by U+FFFD.
 * File names and values come from users' files; printed raw, an escape sequence in one could
 * rewrite the terminal's title, colours or earlier lines.
 */
public final class TerminalSafeWriter extends FilterWriter {

  public TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** The same text with every control character but line feed and tab replaced. */
  public static String safe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(isControl((char) c) ? '\uFFFD' : c);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    out.write(safe(new String(buf, off, len)));
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    out.write(safe(s.substring(off, off + len)));
  }
}
