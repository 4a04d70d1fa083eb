package org.branchcheck.io;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte forms of a {@link RecordArena}'s fields: varints, zigzag numbers and dates, text,
 * values numbered in the arena's dictionary, and ids split into a numbered prefix and a number.
 */
final class RecordBytes {
  /** Repeated values are numbered up to this many per arena; rarer ones are written out. */
  static final int MAX_DICTIONARY = 1 << 18;
  /** Digits an id may end in to be kept as a number: any 18 fit in a long. */
  private static final int MAX_ID_DIGITS = 18;

  private RecordBytes() {}

  /** The repeated values of one arena, numbered in the order first written. */
  static final class Dictionary {
    private final Object2IntOpenHashMap<String> numbers = new Object2IntOpenHashMap<>();
    private final List<String> values = new ArrayList<>();

    Dictionary() {
      numbers.defaultReturnValue(-1);
    }
  }

  /** The encoder of one record: strings, repeated strings, small numbers, dates, enums. */
  static final class Out {
    private final Dictionary dictionary;
    private byte[] buf = new byte[256];
    private int used;

    Out(Dictionary dictionary) {
      this.dictionary = dictionary;
    }

    void clear() {
      used = 0;
    }

    int size() {
      return used;
    }

    void copyTo(byte[] page, int at) {
      System.arraycopy(buf, 0, page, at, used);
    }

    void varint(long value) {
      ensure(10);
      long v = value;
      while ((v & ~0x7FL) != 0) {
        buf[used++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[used++] = (byte) v;
    }

    void text(String s) {
      byte[] bytes = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
      varint(bytes == null ? 0 : bytes.length + 1L);
      if (bytes != null) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, used, bytes.length);
        used += bytes.length;
      }
    }

    /** A value expected to repeat: its number when it has one, else the text itself. */
    void repeated(String s) {
      int n = s == null ? -1 : dictionary.numbers.getInt(s);
      if (n < 0 && s != null && dictionary.values.size() < MAX_DICTIONARY) {
        n = dictionary.values.size();
        dictionary.values.add(s);
        dictionary.numbers.put(s, n);
      }
      if (n >= 0) {
        varint(n + 1L);
      } else {
        varint(0);
        text(s);
      }
    }

    /**
     * An id: when it ends in digits ("M0000123", "QWJG-07"), its prefix as a repeated value and
     * the digits as a number with their count, 5 bytes for what takes 9 as text; else the text.
     */
    void id(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      int d = s.length();
      while (d > 0 && s.charAt(d - 1) >= '0' && s.charAt(d - 1) <= '9') {
        d--;
      }
      int digits = s.length() - d;
      if (digits == 0 || digits > MAX_ID_DIGITS) {
        varint(1);
        text(s);
        return;
      }
      varint(digits + 1L);
      repeated(s.substring(0, d));
      varint(Long.parseLong(s, d, s.length(), 10));
    }

    /** A number of either sign, or none: zigzag-coded so that small ones stay short. */
    void number(Long n) {
      varint(n == null ? 0 : ((n << 1) ^ (n >> 63)) + 1);
    }

    void date(LocalDate d) {
      number(d == null ? null : d.toEpochDay());
    }

    void bool(Boolean b) {
      varint(b == null ? 0 : b ? 2 : 1);
    }

    void ordinal(Enum<?> e) {
      varint(e == null ? 0 : e.ordinal() + 1L);
    }

    void extra(Map<String, String> extra) {
      varint(extra.size());
      extra.forEach((k, v) -> {
        repeated(k);
        text(v);
      });
    }

    private void ensure(int more) {
      if (used + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, used + more));
      }
    }
  }

  /** The decoder, reading what {@link Out} wrote in the same order. */
  static final class In {
    private final byte[] page;
    private final Dictionary dictionary;
    private int pos;

    In(byte[] page, int pos, Dictionary dictionary) {
      this.page = page;
      this.pos = pos;
      this.dictionary = dictionary;
    }

    long varlong() {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = page[pos++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }

    int varint() {
      return (int) varlong();
    }

    String text() {
      int len = varint();
      if (len == 0) {
        return null;
      }
      String s = new String(page, pos, len - 1, StandardCharsets.UTF_8);
      pos += len - 1;
      return s;
    }

    String id() {
      int tag = varint();
      if (tag <= 1) {
        return tag == 0 ? null : text();
      }
      String prefix = repeated();
      String digits = Long.toString(varlong());
      StringBuilder b = new StringBuilder(prefix.length() + tag - 1).append(prefix);
      for (int i = digits.length(); i < tag - 1; i++) {
        b.append('0');
      }
      return b.append(digits).toString();
    }

    String repeated() {
      int n = varint();
      return n == 0 ? text() : dictionary.values.get(n - 1);
    }

    Long number() {
      long v = varlong();
      if (v == 0) {
        return null;
      }
      long z = v - 1;
      return (z >>> 1) ^ -(z & 1);
    }

    LocalDate date() {
      Long day = number();
      return day == null ? null : LocalDate.ofEpochDay(day);
    }

    Boolean bool() {
      int v = varint();
      return v == 0 ? null : v == 2;
    }

    <E extends Enum<E>> E ordinal(E[] values) {
      int n = varint();
      return n == 0 ? null : values[n - 1];
    }

    Map<String, String> extra() {
      int n = varint();
      if (n == 0) {
        return Map.of();
      }
      Map<String, String> extra = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        extra.put(repeated(), text());
      }
      return extra;
    }
  }
}
