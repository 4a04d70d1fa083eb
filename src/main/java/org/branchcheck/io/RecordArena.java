package org.branchcheck.io;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.SourceLocation;

/**
 * A large table's records kept as compact bytes in pages instead of as objects: a member, with
 * its strings, dates and location, costs about 30 bytes here and ten times that as an object.
 * Values that repeat across rows (organisations, topics, titles, reviewers) are written once and
 * referred to by number. Records are decoded on each {@code get}, which needs no parsing: they
 * were checked when first read.
 */
final class RecordArena<T> {
  private static final int PAGE = 1 << 20;
  /** Repeated values are numbered up to this many per arena; rarer ones are written out. */
  private static final int MAX_DICTIONARY = 1 << 18;

  /** Writes and reads one kind of record. */
  interface Codec<T> {
    void write(T record, Out out);

    T read(In in, SourceLocation at);
  }

  private final String file;
  private final Codec<T> codec;
  private final List<byte[]> pages = new ArrayList<>();
  private final Dictionary dictionary = new Dictionary();
  private long[] start = new long[1024];
  /** The page being filled (only the last one is written to) and how much of it is used. */
  private byte[] page;
  private int pageUsed;
  private int size;
  private final Out out = new Out(dictionary);

  RecordArena(String file, Codec<T> codec) {
    this.file = file;
    this.codec = codec;
  }

  /** Appends the record found at {@code line}; returns its position. */
  int add(T record, int line) {
    out.used = 0;
    out.varint(line);
    codec.write(record, out);
    if (page == null || pageUsed + out.used > page.length) {
      page = new byte[Math.max(PAGE, out.used)];
      pages.add(page);
      pageUsed = 0;
    }
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
    }
    start[size] = ((long) (pages.size() - 1) << 32) | pageUsed;
    System.arraycopy(out.buf, 0, page, pageUsed, out.used);
    pageUsed += out.used;
    return size++;
  }

  T get(int index) {
    In in = new In(pages.get((int) (start[index] >>> 32)), (int) start[index], dictionary);
    int line = in.varint();
    return codec.read(in, new SourceLocation(file, line, 0));
  }

  int line(int index) {
    return new In(pages.get((int) (start[index] >>> 32)), (int) start[index], dictionary)
        .varint();
  }

  int size() {
    return size;
  }

  /** The repeated values of one arena, numbered in the order first written. */
  private static final class Dictionary {
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

    private Out(Dictionary dictionary) {
      this.dictionary = dictionary;
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

    private In(byte[] page, int pos, Dictionary dictionary) {
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
