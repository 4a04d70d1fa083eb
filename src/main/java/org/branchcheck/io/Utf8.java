package org.branchcheck.io;

/** Well-formed UTF-8, as Java's strict decoder accepts it (no overlongs, no surrogates). */
final class Utf8 {
  private Utf8() {}

  /**
   * The length of the multi-byte sequence starting at {@code b[i]} (a byte ≥ 0x80): 2 to 4;
   * 0 when the buffer ends inside it; -1 when it is not UTF-8.
   */
  static int sequence(byte[] b, int i, int to) {
    int lead = b[i] & 0xff;
    int n;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      min2 = lead == 0xE0 ? 0xA0 : 0x80;
      max2 = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      min2 = lead == 0xF0 ? 0x90 : 0x80;
      max2 = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k < n; k++) {
      if (i + k >= to) {
        return 0;
      }
      int c = b[i + k] & 0xff;
      if (c < (k == 1 ? min2 : 0x80) || c > (k == 1 ? max2 : 0xBF)) {
        return -1;
      }
    }
    return n;
  }
}
