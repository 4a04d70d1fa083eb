package org.branchcheck.report;

import java.io.PrintWriter;
import java.util.List;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.EssayCount;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.Problem;
import org.branchcheck.rules.Severity;

/**
 * One dataset in the text report: per organisation, in tree order, what failed with reason and
 * gap, what was waived, who is exempt and why; then a summary and, last, the verdict of each top
 * organisation.
 */
final class TextDatasetSection {
  private final RunResult run;
  private final CheckResult r;
  private final PrintWriter out;

  TextDatasetSection(RunResult run, CheckResult r, PrintWriter out) {
    this.run = run;
    this.r = r;
    this.out = out;
  }

  void write() {
    if (r.hasInputErrors()) {
      TextReporter.problems(out, r.problems().stream()
          .map(p -> new Problem(r.source().locate(p.at()), p.message())).toList());
      return;
    }
    OrgFindingIndex index = new OrgFindingIndex(r);
    for (OrgVerdict v : r.verdicts()) {
      org(v, index.of(v.id()));
    }
    essays();
    if (!r.unusedWaivers().isEmpty()) {
      // Stale or mistyped waivers: the approver should know they changed nothing.
      out.printf("%n未匹配任何未达标项的例外 %d 条：%n", r.unusedWaivers().size());
      r.unusedWaivers().forEach(w -> out.printf("    ? %s  %s%s  [%s]%n", w.rule(), w.subject(),
          w.expiresOn() == null ? "" : "（有效期至 " + w.expiresOn() + "）",
          r.source().where(w.at())));
    }
    summary();
  }

  /** The essays counted from their files or text, so a reviewer can compare with Word. */
  private void essays() {
    if (r.essays().isEmpty()) {
      return;
    }
    out.printf("%n%s：%n", EssayText.heading(r.essays().size(), r.essays().get(0).mode()));
    for (EssayCount e : r.essays()) {
      String similar = EssayText.similar(e);
      out.printf("    %s  %s  %s%s  [%s]%n", EssayText.who(e), EssayText.source(e),
          EssayText.count(e), similar.isEmpty() ? "" : "  ≈ " + similar,
          r.source().where(e.at()));
    }
  }

  private void org(OrgVerdict v, OrgFindings own) {
    out.printf("%n== %s（%s，%s）==%n", v.name(), v.id(), kindName(v.kind()));
    section("未达标", own.errors(), "✗");
    section("警告", own.warnings(), "!");
    section("已批准例外", own.waived(), "~");
    if (!own.exempt().isEmpty()) {
      out.println("  免除（不作硬性要求）");
      own.exempt().forEach(f -> out.printf("    – %s（%s）%n", f.message(), f.subject()));
    }
    out.printf("  %s%n", own.passLine());
    if (!v.temporary()) {
      out.printf("  结论：%s%n", verdictText(v));
    }
  }

  private void section(String heading, List<Finding> selected, String mark) {
    if (selected.isEmpty()) {
      return;
    }
    out.printf("  %s %d 项%n", heading, selected.size());
    for (Finding f : selected) {
      out.printf("    %s %s  %s  [%s]%n", mark, f.rule(), f.message(), r.source().where(f.at()));
    }
  }

  private void summary() {
    out.printf("%n== 汇总 ==%n");
    List<OrgVerdict> permanent = r.verdicts().stream().filter(v -> !v.temporary()).toList();
    long orgs = permanent.size();
    long ok = permanent.stream().filter(OrgVerdict::transition).count();
    out.printf("  组织 %d 个：可以转段 %d 个，暂不能转段 %d 个%n", orgs, ok, orgs - ok);
    OrgFindings all = OrgFindings.counts(r);
    out.printf("  检查 %d 项：未达标 %d，警告 %d，例外 %d，免除 %d，通过 %d，不适用 %d%n",
        all.checks(), all.errorCount(), all.warningCount(), all.waivedCount(),
        all.exemptCount(), all.pass(), all.notApplicable());
    if (!r.unusedWaivers().isEmpty()) {
      out.printf("  未匹配任何未达标项的例外 %d 条：%n", r.unusedWaivers().size());
      r.unusedWaivers().forEach(w -> out.printf("    %s %s  [%s]%n", w.rule(), w.subject(),
          r.source().where(w.at())));
    }
    out.println();
    for (OrgVerdict v : PrintableContent.tops(r)) {
      out.printf("%s：%s%n", v.name(), verdictText(v));
    }
    if (run.options().failOn() == Severity.WARNING && r.warnings() > 0) {
      out.printf("（--fail-on warning：%d 项警告也算未通过）%n", r.warnings());
    }
  }

  static String verdictText(OrgVerdict v) {
    return v.transition() ? "可以转段" : "暂不能转段：" + v.errors() + " 项未达标";
  }

  static String kindName(String code) {
    for (OrgKind k : OrgKind.values()) {
      if (k.code().equals(code)) {
        return k.chinese().get(0);
      }
    }
    return code;
  }
}
