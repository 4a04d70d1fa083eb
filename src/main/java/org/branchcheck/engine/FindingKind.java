package org.branchcheck.engine;

import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * A finding's scope, stage, outcome and severity packed into one {@code short}, each as its
 * ordinal + 1 (0 for null) in bits 0–1, 2–3, 4–6 and 7–8: what a {@link FindingList} keeps
 * undeflated, so that counting and choosing findings decodes none of them.
 */
final class FindingKind {
  private FindingKind() {}

  static short of(Finding f) {
    return (short) (code(f.scope()) | code(f.stage()) << 2 | code(f.outcome()) << 4
        | code(f.severity()) << 7);
  }

  static Scope scope(short kind) {
    return decode(Scope.values(), kind & 3);
  }

  static Stage stage(short kind) {
    return decode(Stage.values(), stageCode(kind));
  }

  static Outcome outcome(short kind) {
    return decode(Outcome.values(), outcomeCode(kind));
  }

  static Severity severity(short kind) {
    return decode(Severity.values(), severityCode(kind));
  }

  static int stageCode(short kind) {
    return kind >> 2 & 3;
  }

  static int outcomeCode(short kind) {
    return kind >> 4 & 7;
  }

  static int severityCode(short kind) {
    return kind >> 7 & 3;
  }

  /** The code a value has in a kind: its ordinal + 1, or 0 for null. */
  static int code(Enum<?> e) {
    return e == null ? 0 : e.ordinal() + 1;
  }

  private static <E> E decode(E[] values, int code) {
    return code == 0 ? null : values[code - 1];
  }
}
