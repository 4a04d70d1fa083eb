package org.branchcheck.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.branchcheck.io.RecordBytes.Dictionary;
import org.branchcheck.io.RecordBytes.In;
import org.branchcheck.io.RecordBytes.Out;
import org.branchcheck.model.SourceLocation;

/**
 * A large table's records kept as compact bytes in pages instead of as objects: a member, with
 * its strings, dates and location, costs about 30 bytes here and ten times that as an object.
 * Values that repeat across rows (organisations, topics, titles, reviewers) are written once and
 * referred to by number, ids as a numbered prefix and a number ({@link RecordBytes}). Records
 * are decoded on each {@code get}, which needs no parsing: they were checked when first read.
 */
final class RecordArena<T> {
  /**
   * Pages of 256 KiB: the collector (G1) places an object of more than half a region (regions are
   * 1 MiB in a heap of a few hundred MiB) in whole regions of its own, so a page of 1 MiB and a
   * header took two regions and wasted nearly half of them.
   */
  private static final int PAGE_BITS = 18;
  private static final int PAGE = 1 << PAGE_BITS;

  /** Writes and reads one kind of record. */
  interface Codec<T> {
    void write(T record, Out out);

    T read(In in, SourceLocation at);
  }

  private final String file;
  private final Codec<T> codec;
  private final List<byte[]> pages = new ArrayList<>();
  private final Dictionary dictionary = new Dictionary();
  /**
   * Where each record starts: page number above {@link #PAGE_BITS} bits, offset below (a record
   * larger than a page has a page of its own and starts at 0), read as unsigned.
   */
  private int[] start = new int[1024];
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
    out.clear();
    // Kept as the distance from the record's position: the same small number on every row of a
    // table without blank lines or records over several lines.
    out.number((long) line - size);
    codec.write(record, out);
    if (page == null || pageUsed + out.size() > page.length) {
      page = new byte[Math.max(PAGE, out.size())];
      pages.add(page);
      pageUsed = 0;
    }
    if (size == start.length) {
      start = Arrays.copyOf(start, Math.max(16, size + (size >> 1)));
    }
    if (pages.size() > 1 << (32 - PAGE_BITS)) {
      throw new IllegalStateException(file + ": more than 4 GiB of records in one table");
    }
    start[size] = ((pages.size() - 1) << PAGE_BITS) | pageUsed;
    out.copyTo(page, pageUsed);
    pageUsed += out.size();
    return size++;
  }

  T get(int index) {
    In in = at(index);
    int line = line(in, index);
    return codec.read(in, new SourceLocation(file, line, 0));
  }

  int line(int index) {
    return line(at(index), index);
  }

  private static int line(In in, int index) {
    return (int) (in.number() + index);
  }

  private In at(int index) {
    return new In(pages.get(start[index] >>> PAGE_BITS), start[index] & (PAGE - 1), dictionary);
  }

  int size() {
    return size;
  }

  /** Gives back the room kept for more records, once the table is read. */
  void trim() {
    start = Arrays.copyOf(start, size);
  }
}
