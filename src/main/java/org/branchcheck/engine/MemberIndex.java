package org.branchcheck.engine;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;

/**
 * Members by dense number (0, 1, … in the order first seen; a repeated id keeps its first number,
 * as the facts do) with each member's organisation number, so that per-member state is arrays.
 */
final class MemberIndex {
  private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
  private final OrgIndex orgs;
  private int[] org = new int[16];

  MemberIndex(OrgIndex orgs) {
    this.orgs = orgs;
    index.defaultReturnValue(-1);
  }

  void add(String id, String orgId) {
    if (index.containsKey(id)) {
      return;
    }
    int m = index.size();
    if (m == org.length) {
      org = Arrays.copyOf(org, m * 2);
    }
    org[m] = orgs.intern(orgId);
    index.put(id, m);
  }

  int indexOf(String id) {
    return index.getInt(id);
  }

  int org(int m) {
    return org[m];
  }

  int size() {
    return index.size();
  }
}
