package org.branchcheck.engine;

import java.util.List;

/**
 * Whether an organisation may move to the next phase: only when neither it nor any member or
 * organisation beneath it has an error-severity failure. Counts are over the whole subtree;
 * {@code members} counts the assessed (not exempt) members in it.
 */
public record OrgVerdict(
    String id,
    String name,
    String kind,
    String parent,
    boolean temporary,
    boolean transition,
    long members,
    long errors,
    long warnings,
    long failingMembers,
    long failingOrgs,
    List<String> failedRules) {

  /** The same counts, but not allowed to transition (a verdict rule failed). */
  public OrgVerdict heldBack() {
    return new OrgVerdict(id, name, kind, parent, temporary, false, members, errors, warnings,
        failingMembers, failingOrgs, failedRules);
  }

  /** Share of assessed members with no error-severity failure, 0–100; -1 without members. */
  public double memberPassRate() {
    return members == 0 ? -1 : 100.0 * (members - failingMembers) / members;
  }
}
