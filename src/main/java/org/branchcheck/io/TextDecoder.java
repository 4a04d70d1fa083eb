package org.branchcheck.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text without being told the encoding: a byte-order mark decides when
 * there is one ("CSV UTF-8" from Excel); otherwise strict UTF-8, and failing that GB18030, which is
 * what Excel on Chinese Windows writes (GBK is a subset of it).
 */
public final class TextDecoder {
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The text and the encoding it was read in. */
  public record Decoded(String text, String encoding) {}

  private TextDecoder() {}

  /** A byte-order mark: the encoding it announces, its name in reports, and its length. */
  record Bom(Charset charset, String encoding, int length) {}

  /** The byte-order mark the bytes begin with, if any. */
  static java.util.Optional<Bom> bom(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return java.util.Optional.of(new Bom(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return java.util.Optional.of(new Bom(StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", 2));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return java.util.Optional.of(new Bom(StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", 2));
    }
    return java.util.Optional.empty();
  }

  public static Decoded decode(byte[] bytes) throws CharacterCodingException {
    java.util.Optional<Bom> bom = bom(bytes);
    if (bom.isPresent()) {
      return new Decoded(strict(bom.get().charset(), bytes, bom.get().length()),
          bom.get().encoding());
    }
    try {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(strict(GB18030, bytes, 0), "GB18030");
    }
  }

  private static String strict(Charset charset, byte[] bytes, int offset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  /** Whether the bytes begin with these (a byte-order mark, a file format's magic number). */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
