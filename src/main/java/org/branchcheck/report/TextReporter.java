package org.branchcheck.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.Outcome;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.Problem;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * The report a branch secretary reads before the transition meeting: per organisation, in tree
 * order, what failed with reason and gap, what was waived, who is exempt and why; then a summary
 * and, last, the verdict of each top organisation.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(CheckResult r, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    out.printf("branchcheck %s · 规则集 %s%s%n", Version.get(), r.ruleSet().id(),
        r.ruleSet().title().isEmpty() ? ""
            : " " + r.ruleSet().version() + "（" + r.ruleSet().title() + "）");
    out.printf("数据 %s · 截至 %s%n", r.dataset(), r.asOf());
    if (r.hasInputErrors()) {
      problems(out, r.problems());
      out.flush();
      return;
    }
    for (OrgVerdict v : r.verdicts()) {
      org(out, r, v);
    }
    summary(out, r);
    out.flush();
  }

  private static void problems(PrintWriter out, List<Problem> problems) {
    out.printf("%n输入有误，共 %d 处，未进行检查：%n", problems.size());
    for (Problem p : problems) {
      out.printf("  %s: %s%n", p.at(), p.message());
    }
  }

  private static void org(PrintWriter out, CheckResult r, OrgVerdict v) {
    List<Finding> own = r.findings().stream()
        .filter(f -> f.org().equals(v.id()) && f.stage() == Stage.CHECK).toList();
    out.printf("%n== %s（%s，%s）==%n", v.name(), v.id(), kindName(v.kind()));
    section(out, "未达标", own, f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR,
        "✗");
    section(out, "警告", own, f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.WARNING,
        "!");
    section(out, "已批准例外", own, f -> f.outcome() == Outcome.WAIVED, "~");
    Map<String, String> exempt = new LinkedHashMap<>();
    own.stream().filter(f -> f.outcome() == Outcome.EXEMPT)
        .forEach(f -> exempt.putIfAbsent(f.subject(), f.message()));
    if (!exempt.isEmpty()) {
      out.println("  免除（不作硬性要求）");
      exempt.forEach((id, message) -> out.printf("    – %s（%s）%n", message, id));
    }
    long pass = own.stream().filter(f -> f.outcome() == Outcome.PASS).count();
    long na = own.stream().filter(f -> f.outcome() == Outcome.NOT_APPLICABLE).count();
    out.printf("  通过 %d 项，不适用 %d 项%n", pass, na);
    if (!isTemporary(v.kind())) {
      out.printf("  结论：%s%n", verdictText(v));
    }
  }

  private static void section(PrintWriter out, String heading, List<Finding> findings,
      java.util.function.Predicate<Finding> which, String mark) {
    List<Finding> selected = findings.stream().filter(which).toList();
    if (selected.isEmpty()) {
      return;
    }
    out.printf("  %s %d 项%n", heading, selected.size());
    for (Finding f : selected) {
      out.printf("    %s %s  %s  [%s]%n", mark, f.rule(), f.message(), f.at());
    }
  }

  private static void summary(PrintWriter out, CheckResult r) {
    out.printf("%n== 汇总 ==%n");
    List<OrgVerdict> permanent = r.verdicts().stream().filter(v -> !isTemporary(v.kind()))
        .toList();
    long orgs = permanent.size();
    long ok = permanent.stream().filter(OrgVerdict::transition).count();
    out.printf("  组织 %d 个：可以转段 %d 个，暂不能转段 %d 个%n", orgs, ok, orgs - ok);
    List<Finding> checks = r.findings().stream().filter(f -> f.stage() == Stage.CHECK).toList();
    java.util.function.Function<Outcome, Long> n =
        o -> checks.stream().filter(f -> f.outcome() == o).count();
    out.printf("  检查 %d 项：未达标 %d，警告 %d，例外 %d，免除 %d，通过 %d，不适用 %d%n",
        checks.size(), checks.stream().filter(Finding::blocking).count(),
        checks.stream().filter(f -> f.outcome() == Outcome.FAIL
            && f.severity() == Severity.WARNING).count(),
        n.apply(Outcome.WAIVED), n.apply(Outcome.EXEMPT), n.apply(Outcome.PASS),
        n.apply(Outcome.NOT_APPLICABLE));
    if (!r.unusedWaivers().isEmpty()) {
      out.printf("  未匹配任何未达标项的例外 %d 条：%n", r.unusedWaivers().size());
      r.unusedWaivers().forEach(w -> out.printf("    %s %s  [%s]%n", w.rule(), w.subject(),
          w.at()));
    }
    out.println();
    for (OrgVerdict v : r.verdicts()) {
      if (v.parent().isEmpty() || r.verdicts().stream().noneMatch(p -> p.id().equals(v.parent()))) {
        out.printf("%s：%s%n", v.name(), verdictText(v));
      }
    }
  }

  static String verdictText(OrgVerdict v) {
    return v.transition() ? "可以转段" : "暂不能转段：" + v.errors() + " 项未达标";
  }

  /** Temporary units answer to the unit that set them up; they get no verdict of their own. */
  private static boolean isTemporary(String code) {
    return java.util.Arrays.stream(OrgKind.values())
        .anyMatch(k -> k.code().equals(code) && k.temporary());
  }

  private static String kindName(String code) {
    for (OrgKind k : OrgKind.values()) {
      if (k.code().equals(code)) {
        return k.chinese().get(0);
      }
    }
    return code;
  }
}
