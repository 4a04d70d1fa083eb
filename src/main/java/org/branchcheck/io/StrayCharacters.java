package org.branchcheck.io;

import java.util.List;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Characters no one types into a table but that files pick up: a NUL (binary data, or UTF-16 text
 * saved without its byte-order mark) and a byte-order mark inside the text (two files joined
 * end to end). Either would make an id that looks right match nothing, so the first of each kind
 * in a file is a problem at its cell; the rest of the file's are not listed again.
 */
final class StrayCharacters {
  private static final char NUL = '\u0000';
  private static final char BOM = '\uFEFF';

  private StrayCharacters() {}


  /** What was last reported on this thread: a file is read by one thread, start to end. */
  private record Reported(List<Problem> problems, String file) {}

  private static final ThreadLocal<Reported[]> LAST =
      ThreadLocal.withInitial(() -> new Reported[2]);

  /**
   * The value without NUL and byte-order-mark characters, those reported. Reported once, they are
   * taken out so that an id is not reported a second time as naming nothing, and no NUL reaches
   * a report.
   */
  static String clean(String value, SourceLocation cell, List<Problem> problems) {
    boolean nul = value.indexOf(NUL) >= 0;
    boolean bom = value.indexOf(BOM) >= 0;
    if (nul) {
      once(0, cell, ReadMessage.NUL_IN_CELL, problems);
    }
    if (bom) {
      once(1, cell, ReadMessage.BOM_IN_CELL, problems);
    }
    return nul || bom ? value.replace(String.valueOf(NUL), "").replace(String.valueOf(BOM), "")
        : value;
  }

  /** Whether the value is only whitespace and stray characters. */
  static boolean blank(String value) {
    return value.chars().allMatch(c -> c == NUL || c == BOM || Character.isWhitespace(c));
  }

  private static void once(int kind, SourceLocation cell, ReadMessage message,
      List<Problem> problems) {
    Reported[] last = LAST.get();
    Reported r = last[kind];
    if (r != null && r.problems() == problems && r.file().equals(cell.file())) {
      return;
    }
    last[kind] = new Reported(problems, cell.file());
    problems.add(Problem.of(cell, message));
  }
}
