package org.branchcheck.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * A compiled, type-checked rule. {@code when} decides whether the rule applies to a subject at all
 * (absent: always); {@code check} must hold for the subject to pass; {@code message} explains a
 * failure and {@code passMessage}, when given, a pass. {@code when}, {@code check} and
 * {@code message} keep their source text for {@code rules explain}. The rule is in force from
 * {@code from} to {@code to} inclusive (null: open); {@code notes} say what extending rule sets
 * changed about it.
 */
public record Rule(
    String id,
    String title,
    Scope scope,
    Stage stage,
    Severity severity,
    Set<Table> requires,
    Optional<RuleProgram> when,
    RuleProgram check,
    MessageTemplate message,
    Optional<MessageTemplate> passMessage,
    String source,
    Expressions text,
    LocalDate from,
    LocalDate to,
    List<String> notes,
    SourceLocation at) {

  /** The rule's expressions as written. */
  public record Expressions(String when, String check, String message, String passMessage) {}

  public boolean inForceOn(LocalDate day) {
    return within(day, from, to);
  }

  public String periodText() {
    return periodText(from, to);
  }

  static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  static String periodText(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "";
    }
    if (to == null) {
      return "in force from " + from;
    }
    return from == null ? "in force until " + to : "in force " + from + " to " + to;
  }
}
