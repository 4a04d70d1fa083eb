package org.branchcheck.engine;

import java.util.Arrays;
import java.util.List;
import org.branchcheck.io.IdTable;
import org.branchcheck.model.Member;

/**
 * Members by dense number (0, 1, … in the order first seen; a repeated id keeps its first number,
 * as the facts do) with each member's organisation number, so that per-member state is arrays.
 * The ids are the reader's own table (id to first record), shared rather than built again.
 */
final class MemberIndex {
  private final IdTable ids;
  private final int[] org;
  private final RowNumbers numbers;

  /** @param ids each member id mapped to the position of its first record in {@code records} */
  MemberIndex(IdTable ids, List<Member> records, OrgIndex orgs) {
    this.ids = ids;
    int n = ids.size();
    org = new int[n];
    for (int m = 0; m < n; m++) {
      org[m] = orgs.intern(records.get(ids.value(m)).org());
    }
    numbers = new RowNumbers(ids, records.size());
  }

  /** The number of the member whose first record is at {@code row} of the table, or -1. */
  int numberOfRow(int rowIndex) {
    return numbers.numberOf(rowIndex);
  }

  /** Position of the member's (first) record in the members table. */
  int row(int m) {
    return ids.value(m);
  }

  /** Member numbers in id order, the order findings are listed in. */
  int[] byId() {
    int[] order = new int[size()];
    Arrays.setAll(order, i -> i);
    it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order, ids::compareKeys);
    return order;
  }

  int indexOf(String id) {
    return numberOfRow(ids.get(id));
  }

  int org(int m) {
    return org[m];
  }

  int size() {
    return ids.size();
  }
}
