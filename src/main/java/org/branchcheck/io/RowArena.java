package org.branchcheck.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.SourceLocation;

/**
 * A large table's rows kept as their UTF-8 text in pages of bytes, about the size of the CSV
 * itself, instead of as objects (a record with its strings and locations costs several times
 * more). Rows are given back as {@link RawTable.Row}s, the same cells and locations as read.
 */
final class RowArena {
  private static final int PAGE = 1 << 20;
  private final String file;
  private final List<String> header;
  private final List<byte[]> pages = new ArrayList<>();
  private long[] rowStart = new long[1024];
  private int rows;
  private byte[] page;
  private int used;

  RowArena(String file, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
  }

  int add(RawTable.Row row) {
    byte[][] cells = new byte[header.size()][];
    int size = 5;
    for (int i = 0; i < cells.length; i++) {
      RawTable.Cell c = row.cells().get(header.get(i));
      cells[i] = c == null ? new byte[0] : c.text().getBytes(StandardCharsets.UTF_8);
      size += 5 + cells[i].length;
    }
    if (page == null || used + size > page.length) {
      page = new byte[Math.max(PAGE, size)];
      pages.add(page);
      used = 0;
    }
    if (rows == rowStart.length) {
      rowStart = Arrays.copyOf(rowStart, rows * 2);
    }
    rowStart[rows] = ((long) (pages.size() - 1) << 32) | used;
    used = varint(row.at().line());
    for (byte[] cell : cells) {
      used = varint(cell.length);
      System.arraycopy(cell, 0, page, used, cell.length);
      used += cell.length;
    }
    return rows++;
  }

  int size() {
    return rows;
  }

  int line(int row) {
    byte[] p = pages.get((int) (rowStart[row] >>> 32));
    return readVarint(p, new int[] {(int) rowStart[row]});
  }

  RawTable.Row row(int row) {
    byte[] p = pages.get((int) (rowStart[row] >>> 32));
    int[] pos = {(int) rowStart[row]};
    SourceLocation at = new SourceLocation(file, readVarint(p, pos), 0);
    Map<String, RawTable.Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      int len = readVarint(p, pos);
      cells.put(header.get(i), new RawTable.Cell(
          new String(p, pos[0], len, StandardCharsets.UTF_8), at.atColumn(i + 1)));
      pos[0] += len;
    }
    return new RawTable.Row(cells, at);
  }

  private int varint(int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      page[used++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    page[used++] = (byte) v;
    return used;
  }

  private static int readVarint(byte[] p, int[] pos) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = p[pos[0]++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
