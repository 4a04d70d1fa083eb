package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A party member. {@code newMember} is null when the data does not say; dates are null when absent;
 * an exemption is a non-empty {@code exemptReason}.
 */
public record Member(
    String id,
    String name,
    String org,
    Role role,
    MemberStatus status,
    LocalDate joinedOn,
    LocalDate transferredInOn,
    Boolean newMember,
    boolean canWrite,
    String exemptReason,
    Map<String, String> extra,
    SourceLocation at) {

  public boolean exempt() {
    return !exemptReason.isEmpty();
  }
}
