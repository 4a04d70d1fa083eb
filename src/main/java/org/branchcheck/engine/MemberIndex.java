package org.branchcheck.engine;

import org.branchcheck.io.IdTable;
import java.util.Arrays;

/**
 * Members by dense number (0, 1, … in the order first seen; a repeated id keeps its first number,
 * as the facts do) with each member's organisation number, so that per-member state is arrays.
 */
final class MemberIndex {
  private final IdTable index = new IdTable();
  private final OrgIndex orgs;
  private int[] org = new int[16];
  private int[] row = new int[16];
  private int[] numberOfRow = new int[16];

  MemberIndex(OrgIndex orgs) {
    this.orgs = orgs;
    Arrays.fill(numberOfRow, -1);
  }

  /** Adds the member record at position {@code row} of the members table. */
  void add(String id, String orgId, int rowIndex) {
    if (rowIndex >= numberOfRow.length) {
      int old = numberOfRow.length;
      numberOfRow = Arrays.copyOf(numberOfRow, Math.max(old * 2, rowIndex + 1));
      Arrays.fill(numberOfRow, old, numberOfRow.length, -1);
    }
    numberOfRow[rowIndex] = -1;
    int m = index.size();
    if (index.putIfAbsent(id, m) != m) {
      return;
    }
    numberOfRow[rowIndex] = m;
    if (m == org.length) {
      org = Arrays.copyOf(org, m * 2);
      row = Arrays.copyOf(row, m * 2);
    }
    org[m] = orgs.intern(orgId);
    row[m] = rowIndex;
  }

  /** The number of the member whose first record is at {@code row} of the table, or -1. */
  int numberOfRow(int rowIndex) {
    return rowIndex < 0 || rowIndex >= numberOfRow.length ? -1 : numberOfRow[rowIndex];
  }

  /** Position of the member's (first) record in the members table. */
  int row(int m) {
    return row[m];
  }

  /** Member numbers in id order, the order findings are listed in. */
  int[] byId() {
    int[] order = new int[size()];
    Arrays.setAll(order, i -> i);
    it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order, index::compareKeys);
    return order;
  }

  int indexOf(String id) {
    return index.get(id);
  }

  int org(int m) {
    return org[m];
  }

  int size() {
    return index.size();
  }
}
