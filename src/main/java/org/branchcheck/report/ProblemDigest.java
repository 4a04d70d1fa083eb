package org.branchcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * The input problems as a person reads them: the same message in the same file (a column empty
 * on every row of a file saved in the wrong encoding, say) is shown a few times and then counted,
 * with the lines it covers, and no more than {@value #MAX_LINES} lines are printed in all. The
 * machine formats (JSON, SARIF, JUnit) keep every problem.
 */
final class ProblemDigest {
  static final int SHOWN_PER_KIND = 3;
  static final int MAX_LINES = 100;

  private ProblemDigest() {}

  /** One line of the digest: a problem with where it is, or (where empty) a count. */
  record Row(String where, String message) {}

  /** The lines to print, in the problems' order, without indentation. */
  static List<String> lines(List<Problem> problems) {
    return rows(problems, SourceLocation::toString).stream()
        .map(r -> r.where().isEmpty() ? r.message() : r.where() + ": " + r.message()).toList();
  }

  /** The rows of a table of problems, {@code where} printing each problem's location. */
  static List<Row> rows(List<Problem> problems, Function<SourceLocation, String> where) {
    Map<String, List<Problem>> kinds = new LinkedHashMap<>();
    for (Problem p : problems) {
      kinds.computeIfAbsent(p.at().file() + "\u0000" + p.message(), k -> new ArrayList<>()).add(p);
    }
    List<Row> out = new ArrayList<>();
    for (List<Problem> kind : kinds.values()) {
      for (int i = 0; i < Math.min(SHOWN_PER_KIND, kind.size()); i++) {
        out.add(new Row(where.apply(kind.get(i).at()), kind.get(i).message()));
      }
      if (kind.size() > SHOWN_PER_KIND) {
        Problem next = kind.get(SHOWN_PER_KIND);
        Problem last = kind.get(kind.size() - 1);
        out.add(new Row("", "… " + where.apply(SourceLocation.ofFile(next.at().file()))
            + " 同样的问题另有 " + (kind.size() - SHOWN_PER_KIND) + " 处（第 " + next.at().line()
            + "–" + last.at().line() + " 行）"));
      }
    }
    if (out.size() <= MAX_LINES) {
      return out;
    }
    List<Row> capped = new ArrayList<>(out.subList(0, MAX_LINES));
    capped.add(new Row("", "… 共 " + problems.size() + " 处，以上只列出前 " + MAX_LINES
        + " 行；全部问题见 JSON 报告（--format json 或 -o json=文件）"));
    return capped;
  }
}
