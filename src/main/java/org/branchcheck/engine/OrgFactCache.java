package org.branchcheck.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Organisations' facts, built when asked for and kept for the last few organisations asked. A
 * district's facts for every organisation at once (meetings, plan items, new members, topics as
 * maps and lists) would outweigh everything else a check holds; members come in id order, which
 * keeps an organisation's members mostly together, so a few suffice.
 */
final class OrgFactCache {
  private static final int KEPT = 64;

  private final OrgTree tree;
  private final OrgFactBuilder builder;
  private final Map<String, Map<String, Object>> recent =
      new LinkedHashMap<>(2 * KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
          return size() > KEPT;
        }
      };

  OrgFactCache(OrgTree tree, OrgFactBuilder builder) {
    this.tree = tree;
    this.builder = builder;
  }

  /** The organisation's facts; null for an id that is not in the tree. */
  Map<String, Object> get(String orgId) {
    Map<String, Object> facts = recent.get(orgId);
    if (facts == null) {
      facts = tree.get(orgId).map(builder::facts).orElse(null);
      if (facts != null) {
        recent.put(orgId, facts);
      }
    }
    return facts;
  }
}
