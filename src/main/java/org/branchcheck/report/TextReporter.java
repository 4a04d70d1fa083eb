package org.branchcheck.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetStatus;
import org.branchcheck.engine.DistrictRollup;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;

/**
 * The report a branch secretary reads before the transition meeting (see {@link
 * TextDatasetSection} for one dataset). A run over several datasets adds a district summary: how
 * many were checked, passed, failed or unreadable, each one's pass rate, and failures per rule.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(RunResult run, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(writer));
    out.printf("branchcheck %s · 规则集 %s%s%n", Version.get(), run.ruleSet().id(),
        run.ruleSet().title().isEmpty() ? ""
            : " " + run.ruleSet().version() + "（" + run.ruleSet().title() + "）");
    if (run.ruleSet().lineage().size() > 1) {
      out.printf("  扩展自 %s%n", String.join(" ← ", run.ruleSet().lineage().subList(1,
          run.ruleSet().lineage().size()).stream().map(o -> o.id() + " " + o.version())
          .toList()));
    }
    run.ruleSet().switchedOff().forEach(o -> out.printf("  已关闭 %s（%s）：%s%n", o.rule(),
        o.title(), o.reason()));
    boolean single = run.datasets().size() == 1 && run.problems().isEmpty();
    if (single) {
      CheckResult d = run.datasets().get(0);
      out.printf("数据 %s · 截至 %s%s%n", d.source().name(), run.asOf(), redacted(run));
      new TextDatasetSection(run, d, out).write();
      out.flush();
      return;
    }
    out.printf("截至 %s · 数据集 %d 个%s%n", run.asOf(), run.datasets().size(), redacted(run));
    if (!run.problems().isEmpty()) {
      problems(out, run.problems());
    }
    for (CheckResult d : run.datasets()) {
      out.printf("%n━━ %s（%s）━━%n", d.source().path(), d.source().name());
      new TextDatasetSection(run, d, out).write();
    }
    if (!run.datasets().isEmpty()) {
      district(out, run);
    }
    out.flush();
  }

  static void problems(PrintWriter out, List<Problem> problems) {
    out.printf("%n输入有误，共 %d 处，未进行检查：%n", problems.size());
    for (String line : ProblemDigest.lines(problems)) {
      out.printf("  %s%n", line);
    }
  }

  private static void district(PrintWriter out, RunResult run) {
    DistrictRollup rollup = run.rollup();
    out.printf("%n== 批量汇总 ==%n");
    out.printf("  数据集 %d 个：通过 %d，未通过 %d，无法读取 %d%n", run.datasets().size(),
        run.count(DatasetStatus.PASSED), run.count(DatasetStatus.FAILED),
        run.count(DatasetStatus.UNREADABLE));
    for (DistrictRollup.Line l : rollup.datasets()) {
      out.printf("  [%s] %s  组织 %d/%d 可转段（%s）  党员 %d 名，未达标 %d 名，学时不足 %d 名%n",
          statusText(l.status()), l.path(), l.orgsPassing(), l.orgs(), rate(l.orgPassRate()),
          l.members(), l.membersFailing(), l.membersShortOfHours());
    }
    DistrictRollup.Line t = rollup.total();
    out.printf("  合计：组织 %d/%d 可转段（%s）  党员 %d 名，未达标 %d 名，学时不足 %d 名%n",
        t.orgsPassing(), t.orgs(), rate(t.orgPassRate()), t.members(), t.membersFailing(),
        t.membersShortOfHours());
    List<Map.Entry<String, Long>> failing = rollup.failuresByRule().entrySet().stream()
        .filter(e -> e.getValue() > 0).toList();
    if (!failing.isEmpty()) {
      out.println("  各规则未达标数：");
      failing.forEach(e -> out.printf("    %s %d%n", e.getKey(), e.getValue()));
    }
  }

  static String statusText(DatasetStatus s) {
    return switch (s) {
      case PASSED -> "通过";
      case FAILED -> "未通过";
      case UNREADABLE -> "无法读取";
    };
  }

  static String rate(double percent) {
    return percent < 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", percent);
  }

  private static String redacted(RunResult run) {
    return run.options().redacted() ? " · 姓名已化名" : "";
  }
}
