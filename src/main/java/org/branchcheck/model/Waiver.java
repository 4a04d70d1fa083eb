package org.branchcheck.model;

import java.time.LocalDate;

/** An approved exception to one rule for one subject; a null expiry never expires. */
public record Waiver(
    String rule,
    String subject,
    String reason,
    String approvedBy,
    LocalDate approvedOn,
    LocalDate expiresOn,
    SourceLocation at) {

  public boolean inForceOn(LocalDate day) {
    return expiresOn == null || !day.isAfter(expiresOn);
  }
}
