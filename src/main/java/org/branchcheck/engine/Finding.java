package org.branchcheck.engine;

import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * The outcome of one rule for one subject (a member or an organisation), with the message in the
 * rule set's words and where the subject's record is. {@code org} is the subject's organisation
 * (an organisation's own id for org rules).
 */
public record Finding(
    String rule,
    String title,
    Scope scope,
    Stage stage,
    String subject,
    String subjectName,
    String org,
    Outcome outcome,
    Severity severity,
    String message,
    SourceLocation at) {

  /** A failure that blocks the transition. */
  public boolean blocking() {
    return outcome == Outcome.FAIL && severity == Severity.ERROR;
  }

  public Finding with(Outcome newOutcome, String newMessage) {
    return new Finding(rule, title, scope, stage, subject, subjectName, org, newOutcome, severity,
        newMessage, at);
  }
}
