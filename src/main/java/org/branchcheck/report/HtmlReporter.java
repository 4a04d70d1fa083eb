package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DistrictRollup;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * The printable report as one self-contained HTML file (inline style, inline SVG charts, no
 * script, nothing fetched), for the branch secretary to print for the transition meeting. On top
 * the verdict of each top organisation in large type, the summary numbers and the hours chart;
 * then one section per dataset ({@link HtmlDatasetSection}), each starting on a new page; last
 * the failures per rule. The markup is polyglot, so the file also parses as XML (see {@link
 * Html}).
 */
public final class HtmlReporter implements Reporter {
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  @Override
  public void write(RunResult run, Writer writer) throws IOException {
    Html h = new Html();
    String title = PrintableContent.title(run);
    h.raw("<!DOCTYPE html>").newline()
        .open("html", "xmlns", XHTML_NS, "lang", "zh-CN", "xml:lang", "zh-CN").newline()
        .open("head").newline()
        .empty("meta", "charset", "utf-8").newline()
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline()
        .empty("meta", "name", "generator", "content", PrintableContent.tool()).newline()
        .element("title", title + "（" + PrintableContent.asOf(run) + "）").newline()
        .open("style").newline().raw(HtmlStyle.CSS).close("style").newline()
        .close("head").newline()
        .open("body").newline()
        .open("header").newline()
        .element("h1", title).newline()
        .element("p", PrintableContent.ruleSet(run) + " · " + PrintableContent.asOf(run),
            "class", "meta").newline()
        .close("header").newline();
    if (!run.problems().isEmpty()) {
      h.open("section", "class", "problems").newline().element("h2", "输入有误").newline();
      problems(h, SourceLocation::toString, run.problems());
      h.close("section").newline();
    }
    // One pass over every finding of every dataset, shared by the summary and the rule table.
    DistrictRollup rollup = run.rollup();
    if (!run.datasets().isEmpty()) {
      summary(h, run, rollup);
    }
    for (CheckResult d : run.datasets()) {
      new HtmlDatasetSection(run, d, h, writer).write();
    }
    if (!run.datasets().isEmpty()) {
      h.open("section", "class", "rules").newline().element("h2", "各规则未达标数").newline();
      h.table("rules", List.of("规则", "要求", "性质", "未达标"), List.of("", "", "", "num"),
          PrintableContent.failuresByRule(run, rollup));
      h.close("section").newline();
    }
    h.element("footer", PrintableContent.tool() + " · " + PrintableContent.ruleSet(run)).newline()
        .close("body").newline().close("html").newline();
    h.writeTo(writer);
    writer.flush();
  }

  private static void summary(Html h, RunResult run, DistrictRollup rollup) {
    h.open("section", "class", "summary").newline().element("h2", "汇总").newline();
    h.open("div", "class", "verdicts").newline();
    for (CheckResult d : run.datasets()) {
      if (d.hasInputErrors()) {
        card(h, false, "数据集 " + d.source().name(), "无法读取",
            "输入有误 " + d.problems().size() + " 处，未进行检查");
      }
      for (OrgVerdict v : PrintableContent.tops(d)) {
        card(h, v.transition(), v.name(), v.transition() ? "可以转段" : "暂不能转段",
            v.transition() ? "无未达标项" : v.errors() + " 项未达标");
      }
    }
    h.close("div").newline();
    List<List<String>> rows = new ArrayList<>();
    PrintableContent.summary(run, rollup).forEach(r -> rows.add(List.of(r.label(), r.value())));
    h.table("summary", List.of("项目", "结果"), List.of("", "num"), rows);
    hours(h, rollup.hours(), "全部数据集");
    if (run.datasets().size() > 1) {
      h.table("datasets", PrintableContent.DATASET_HEADINGS,
          List.of("", "nowrap", "num", "num", "num", "num"),
          PrintableContent.datasetLines(rollup));
    }
    h.close("section").newline();
  }

  private static void card(Html h, boolean pass, String org, String word, String why) {
    h.open("div", "class", "verdict " + (pass ? "pass" : "fail"))
        .element("span", org, "class", "org")
        .element("span", word, "class", "word")
        .element("span", why, "class", "why")
        .close("div").newline();
  }

  /** The hours histogram with its caption; {@code scope} says whose members it counts. */
  static void hours(Html h, HoursHistogram hist, String scope) {
    h.open("figure", "class", "hours").newline();
    SvgCharts.hours(h, hist);
    String caption = scope + "参评党员（不含免除的党员）" + hist.total() + " 名的总学时分布，每 "
        + HoursHistogram.BIN_WIDTH + " 学时一档；";
    caption += hist.line() > 0
        ? "虚线为规定的 " + PrintableContent.hours(hist.line()) + " 学时，少于规定学时的 "
            + hist.below() + " 名。"
        : hist.line() == HoursHistogram.MIXED
            ? "各数据集规定的学时不同，未画线；少于本数据集规定学时的共 " + hist.below() + " 名。"
            : "规则集未规定学时。";
    h.element("figcaption", caption).newline().close("figure").newline();
  }

  /** Input problems, digested as in the text report; {@code where} prints a location. */
  static void problems(Html h, java.util.function.Function<SourceLocation, String> where,
      List<Problem> problems) {
    h.element("p", "输入有误，共 " + problems.size() + " 处，未进行检查：").newline();
    List<List<String>> rows = new ArrayList<>();
    for (ProblemDigest.Row row : ProblemDigest.rows(problems, where)) {
      rows.add(List.of(row.where(), row.message()));
    }
    h.table("problems", List.of("位置", "问题"), List.of("at", ""), rows);
  }
}
