package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Member;
import org.branchcheck.model.Org;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.StudySession;

/**
 * The organisations of a dataset as a tree. When the dataset has no orgs table, each organisation
 * named by a member or session becomes a plain branch, so member results still roll up. Parent
 * cycles are rejected by the reader before this is built.
 */
public final class OrgTree {
  private final Map<String, Org> byId = new TreeMap<>();
  private final Map<String, List<String>> children = new HashMap<>();

  public OrgTree(Dataset data) {
    data.orgs().forEach(o -> byId.putIfAbsent(o.id(), o));
    for (Member m : data.members()) {
      implicit(m.org(), m.at());
    }
    for (StudySession s : data.sessions()) {
      implicit(s.org(), s.at());
    }
    for (Org o : byId.values()) {
      parentOf(o.id()).ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>())
          .add(o.id()));
    }
    children.values().forEach(list -> list.sort(Comparator.naturalOrder()));
  }

  private void implicit(String id, SourceLocation at) {
    if (!id.isEmpty() && !byId.containsKey(id)) {
      byId.put(id, new Org(id, id, OrgKind.BRANCH, "", "", "", "", "", null, null,
          List.of(), Map.of(), at));
    }
  }

  public Optional<Org> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All organisations in id order. */
  public List<Org> all() {
    return List.copyOf(byId.values());
  }

  /** The parent if it exists in the dataset. */
  public Optional<String> parentOf(String id) {
    Org o = byId.get(id);
    if (o == null || o.parent().isEmpty() || !byId.containsKey(o.parent())) {
      return Optional.empty();
    }
    return Optional.of(o.parent());
  }

  public List<String> childrenOf(String id) {
    return children.getOrDefault(id, List.of());
  }

  /** Organisations without a parent in the dataset, in id order. */
  public List<String> roots() {
    return byId.keySet().stream().filter(id -> parentOf(id).isEmpty()).toList();
  }

  /** The organisation and everything beneath it, depth first, children in id order. */
  public List<String> subtree(String id) {
    List<String> out = new ArrayList<>();
    collect(id, out);
    return out;
  }

  private void collect(String id, List<String> out) {
    out.add(id);
    for (String child : childrenOf(id)) {
      collect(child, out);
    }
  }

  /** The organisation and its ancestors, nearest first. */
  public List<String> chain(String id) {
    Set<String> out = new LinkedHashSet<>();
    String current = id;
    while (current != null && byId.containsKey(current) && out.add(current)) {
      current = parentOf(current).orElse(null);
    }
    return List.copyOf(out);
  }

  /** Every organisation in tree order: each root, then its subtree. */
  public List<String> treeOrder() {
    List<String> out = new ArrayList<>();
    roots().forEach(r -> collect(r, out));
    return out;
  }
}
