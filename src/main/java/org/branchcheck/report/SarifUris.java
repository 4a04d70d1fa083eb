package org.branchcheck.report;

import java.nio.charset.StandardCharsets;

/**
 * File paths as SARIF artifact locations. SARIF wants RFC 3986 URI references, and dataset paths
 * are whatever the submitters named their files: spaces, '#', '%' and Chinese names
 * ({@code 党员名册.csv}) are all common. Everything outside the characters RFC 3986 allows in a
 * path is percent-encoded as UTF-8, which every consumer decodes back to the same name; ':' is
 * encoded too, since in a first segment it would read as a scheme. Relative paths are relative to
 * where the command ran, which a CI job makes the checkout: {@value #SRCROOT}, the base the code
 * scanning dashboards resolve against. An absolute path becomes a {@code file:} URI with no base.
 */
final class SarifUris {
  static final String SRCROOT = "%SRCROOT%";
  private static final String KEPT = "-._~!$&'()*+,;=@/";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A location: {@code baseId} is null for an absolute URI. */
  record Location(String uri, String baseId) {}

  private SarifUris() {}

  static Location of(String path) {
    if (path.startsWith("/")) {
      return new Location("file://" + encode(path), null);
    }
    if (path.length() >= 3 && path.charAt(1) == ':' && path.charAt(2) == '/'
        && Character.isLetter(path.charAt(0)) && path.charAt(0) < 128) {
      // A Windows drive: its colon is part of the file URI's path and must stay.
      return new Location("file:///" + path.substring(0, 2) + encode(path.substring(2)), null);
    }
    return new Location(encode(path), SRCROOT);
  }

  /** Percent-encodes every byte of the UTF-8 form that is not allowed as is in a URI path. */
  static String encode(String path) {
    StringBuilder b = new StringBuilder(path.length());
    for (byte raw : path.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xFF;
      boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (c < 128 && KEPT.indexOf(c) >= 0);
      if (kept) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return b.toString();
  }
}
