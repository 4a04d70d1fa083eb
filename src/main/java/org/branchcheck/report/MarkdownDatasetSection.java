package org.branchcheck.report;

import static org.branchcheck.report.Markdown.cell;
import static org.branchcheck.report.Markdown.inline;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.EssayCount;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Waiver;

/**
 * One dataset in the Markdown report: per organisation, in tree order, its verdict and tables of
 * what failed, what only warns, what was waived and who is exempt; then the dataset's counts and
 * the waivers that matched nothing. An unreadable dataset lists its problems instead.
 */
final class MarkdownDatasetSection {
  private static final List<String> FINDING_HEADER = List.of("对象", "规则", "原因与差距", "位置");

  private final RunResult run;
  private final CheckResult r;
  private final StringBuilder out;
  private final Writer writer;

  /**
   * Writes into {@code out}, passing what it holds on to {@code writer} after each organisation,
   * so that a long report is never held whole.
   */
  MarkdownDatasetSection(RunResult run, CheckResult r, StringBuilder out, Writer writer) {
    this.run = run;
    this.r = r;
    this.out = out;
    this.writer = writer;
  }

  void write() throws IOException {
    out.append("\n## 数据集：").append(inline(r.source().name())).append("\n\n")
        .append(inline(r.source().path())).append(" · ")
        .append(TextReporter.statusText(run.status(r))).append('\n');
    if (r.hasInputErrors()) {
      MarkdownReporter.problems(out, r.source()::where, r.problems());
      return;
    }
    OrgFindingIndex index = new OrgFindingIndex(r);
    Map<String, OrgVerdict> byId = PrintableContent.byId(r);
    for (OrgVerdict v : r.verdicts()) {
      org(v, index.of(v.id()), byId.get(v.parent()));
      writer.append(out);
      out.setLength(0);
    }
    out.append("\n### 数据集小结\n\n").append(PrintableContent.datasetCounts(r)).append('\n');
    String note = PrintableContent.failOnNote(run, r);
    if (!note.isEmpty()) {
      out.append('\n').append(inline(note)).append('\n');
    }
    if (!r.essays().isEmpty()) {
      out.append('\n').append(EssayText.heading(r.essays().size(), r.essays().get(0).mode()))
          .append("：\n");
      List<List<String>> rows = new ArrayList<>();
      for (EssayCount e : r.essays()) {
        rows.add(List.of(cell(EssayText.who(e)), cell(EssayText.source(e)),
            cell(EssayText.count(e)), cell(EssayText.similar(e)), cell(r.source().where(e.at()))));
      }
      Markdown.table(out, List.of("文章", "来源", "字数", "雷同", "位置"), rows);
    }
    if (!r.unusedWaivers().isEmpty()) {
      out.append("\n未匹配任何未达标项的例外 ").append(r.unusedWaivers().size()).append(" 条：\n");
      List<List<String>> rows = new ArrayList<>();
      for (Waiver w : r.unusedWaivers()) {
        rows.add(List.of(cell(w.rule()), cell(w.subject()), cell(r.source().where(w.at()))));
      }
      Markdown.table(out, List.of("规则", "对象", "位置"), rows);
    }
  }

  private void org(OrgVerdict v, OrgFindings f, OrgVerdict parent) {
    out.append("\n### ").append(inline(PrintableContent.orgHeading(v))).append("\n\n");
    if (parent != null) {
      out.append("上级组织：").append(inline(PrintableContent.subject(parent.name(), parent.id())))
          .append("。");
    }
    // temporary units answer to the unit that set them up and get no verdict of their own
    out.append(v.temporary() ? "临时组织，不单独作转段结论。"
        : "结论：**" + inline(TextDatasetSection.verdictText(v)) + "**").append('\n');
    findings("未达标", f.errors());
    findings("警告", f.warnings());
    findings("已批准例外", f.waived());
    if (!f.exempt().isEmpty()) {
      out.append("\n免除（不作硬性要求）").append(f.exempt().size()).append(" 人：\n");
      List<List<String>> rows = new ArrayList<>();
      for (Finding e : f.exempt()) {
        rows.add(List.of(cell(PrintableContent.subject(e.subjectName(), e.subject())),
            cell(e.message()), cell(r.source().where(e.at()))));
      }
      Markdown.table(out, List.of("党员", "说明", "位置"), rows);
    }
    out.append('\n').append(f.passLine()).append("。\n");
  }

  private void findings(String heading, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.append('\n').append(heading).append(' ').append(findings.size()).append(" 项：\n");
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : findings) {
      rows.add(List.of(cell(PrintableContent.subject(f.subjectName(), f.subject())),
          cell(f.rule()), cell(f.message()), cell(r.source().where(f.at()))));
    }
    Markdown.table(out, FINDING_HEADER, rows);
  }
}
