package org.branchcheck.engine;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/** Small dense numbers for organisation ids, given in order of first sight. */
final class OrgIndex {
  private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();

  OrgIndex() {
    index.defaultReturnValue(-1);
  }

  /** The id's number, assigning the next one on first sight; -1 for an empty id. */
  int intern(String id) {
    if (id.isEmpty()) {
      return -1;
    }
    int i = index.getInt(id);
    if (i < 0) {
      i = index.size();
      index.put(id, i);
    }
    return i;
  }

  int size() {
    return index.size();
  }
}
