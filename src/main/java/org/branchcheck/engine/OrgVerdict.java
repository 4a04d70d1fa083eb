package org.branchcheck.engine;

import java.util.List;

/**
 * Whether an organisation may move to the next phase: only when neither it nor any member or
 * organisation beneath it has an error-severity failure. Counts are over the whole subtree.
 */
public record OrgVerdict(
    String id,
    String name,
    String kind,
    String parent,
    boolean transition,
    long errors,
    long warnings,
    long failingMembers,
    long failingOrgs,
    List<String> failedRules) {

  /** The same counts, but not allowed to transition (a verdict rule failed). */
  public OrgVerdict heldBack() {
    return new OrgVerdict(id, name, kind, parent, false, errors, warnings, failingMembers,
        failingOrgs, failedRules);
  }
}
