package org.branchcheck.report;

import static org.branchcheck.report.Markdown.cell;
import static org.branchcheck.report.Markdown.inline;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DistrictRollup;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * The printable report as GitHub-flavoured Markdown, with the text report's content: a summary,
 * then per dataset and organisation what failed with reason, gap and location ({@link
 * MarkdownDatasetSection}), and last the failures per rule. Every piece of users' text goes
 * through {@link Markdown}. Lines end in {@code \n} on every platform so the bytes never vary.
 */
public final class MarkdownReporter implements Reporter {

  @Override
  public void write(RunResult run, Writer writer) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(inline(PrintableContent.title(run))).append("（")
        .append(inline(PrintableContent.asOf(run))).append("）\n\n")
        .append(inline(PrintableContent.ruleSet(run))).append(" · ")
        .append(inline(PrintableContent.tool())).append('\n');
    if (!run.problems().isEmpty()) {
      out.append("\n## 输入有误\n");
      problems(out, SourceLocation::toString, run.problems());
    }
    // One pass over every finding of every dataset, shared by the summary and the rule table.
    DistrictRollup rollup = run.rollup();
    if (!run.datasets().isEmpty()) {
      summary(out, run, rollup);
    }
    for (CheckResult d : run.datasets()) {
      new MarkdownDatasetSection(run, d, out, writer).write();
    }
    if (!run.datasets().isEmpty()) {
      rules(out, run, rollup);
    }
    writer.append(out);
    writer.flush();
  }

  private static void summary(StringBuilder out, RunResult run, DistrictRollup rollup) {
    out.append("\n## 汇总\n");
    List<List<String>> rows = new ArrayList<>();
    PrintableContent.summary(run, rollup).forEach(r -> rows.add(List.of(cell(r.label()),
        cell(r.value()))));
    Markdown.table(out, List.of("项目", "结果"), new boolean[] {false, true}, rows);
    List<List<String>> verdicts = new ArrayList<>();
    for (CheckResult d : run.datasets()) {
      if (d.hasInputErrors()) {
        verdicts.add(List.of("数据集 " + cell(d.source().name()), "**无法读取，未检查**"));
      }
      for (OrgVerdict v : PrintableContent.tops(d)) {
        verdicts.add(List.of(cell(v.name()), "**" + TextDatasetSection.verdictText(v) + "**"));
      }
    }
    if (!verdicts.isEmpty()) {
      Markdown.table(out, List.of("组织", "结论"), verdicts);
    }
    if (run.datasets().size() > 1) {
      List<List<String>> lines = PrintableContent.datasetLines(rollup).stream()
          .map(l -> l.stream().map(Markdown::cell).toList()).toList();
      Markdown.table(out, PrintableContent.DATASET_HEADINGS,
          new boolean[] {false, false, true, true, true, true}, lines);
    }
  }

  /** Failing subjects per check rule, every rule listed so a zero shows it was checked. */
  private static void rules(StringBuilder out, RunResult run, DistrictRollup rollup) {
    out.append("\n## 各规则未达标数\n");
    List<List<String>> rows = new ArrayList<>();
    PrintableContent.failuresByRule(run, rollup).forEach(r -> rows.add(r.stream().map(Markdown::cell)
        .toList()));
    Markdown.table(out, List.of("规则", "要求", "性质", "未达标"),
        new boolean[] {false, false, false, true}, rows);
  }

  /** Input problems, digested as in the text report; {@code where} prints a location. */
  static void problems(StringBuilder out, java.util.function.Function<SourceLocation, String> where,
      List<Problem> problems) {
    out.append("\n输入有误，共 ").append(problems.size()).append(" 处，未进行检查：\n");
    List<List<String>> rows = new ArrayList<>();
    for (ProblemDigest.Row row : ProblemDigest.rows(problems, where)) {
      rows.add(List.of(cell(row.where()), cell(row.message())));
    }
    Markdown.table(out, List.of("位置", "问题"), rows);
  }
}
