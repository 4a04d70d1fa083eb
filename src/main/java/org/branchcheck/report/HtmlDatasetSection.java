package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.EssayCount;
import org.branchcheck.engine.DatasetStatus;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Waiver;

/**
 * One dataset in the HTML report: its organisations' pass rates as a chart (and, in a run over
 * several datasets, its own hours chart), then per organisation in tree order the verdict and
 * tables of failures, warnings, waived findings and exempt members; last its counts and the
 * waivers that matched nothing. An unreadable dataset shows its problems instead.
 */
final class HtmlDatasetSection {
  private static final List<String> FINDING_HEADER = List.of("对象", "规则", "原因与差距", "位置");
  private static final List<String> FINDING_CLASSES = List.of("who", "rule", "", "at");

  private final RunResult run;
  private final CheckResult r;
  private final Html h;
  private final Writer writer;

  /** Writes into {@code h}, passing what it holds on to {@code writer} after each organisation. */
  HtmlDatasetSection(RunResult run, CheckResult r, Html h, Writer writer) {
    this.run = run;
    this.r = r;
    this.h = h;
    this.writer = writer;
  }

  void write() throws IOException {
    DatasetStatus status = run.status(r);
    h.open("section", "class", "dataset").newline()
        .open("h2").text("数据集：" + r.source().name() + " ")
        .element("span", TextReporter.statusText(status), "class",
            "badge " + (status == DatasetStatus.PASSED ? "pass" : "fail"))
        .close("h2").newline()
        .element("p", r.source().path(), "class", "path").newline();
    if (r.hasInputErrors()) {
      HtmlReporter.problems(h, r.source()::where, r.problems());
      h.close("section").newline();
      return;
    }
    passRates();
    if (run.datasets().size() > 1) {
      HtmlReporter.hours(h, r.hours(), "本数据集");
    }
    OrgFindingIndex index = new OrgFindingIndex(r);
    Map<String, OrgVerdict> byId = PrintableContent.byId(r);
    for (OrgVerdict v : r.verdicts()) {
      org(v, index.of(v.id()), byId.get(v.parent()));
      h.writeTo(writer);
    }
    h.element("h3", "数据集小结").newline()
        .element("p", PrintableContent.datasetCounts(r)).newline();
    String note = PrintableContent.failOnNote(run, r);
    if (!note.isEmpty()) {
      h.element("p", note, "class", "note").newline();
    }
    if (!r.essays().isEmpty()) {
      h.element("p", EssayText.heading(r.essays().size(), r.essays().get(0).mode()) + "：",
          "class", "section-title").newline();
      List<List<String>> rows = new ArrayList<>();
      for (EssayCount e : r.essays()) {
        rows.add(List.of(EssayText.who(e), EssayText.source(e), EssayText.count(e),
            EssayText.similar(e), r.source().where(e.at())));
      }
      h.table("essays", List.of("文章", "来源", "字数", "雷同", "位置"),
          List.of("", "", "", "", "at"), rows);
    }
    if (!r.unusedWaivers().isEmpty()) {
      h.element("p", "未匹配任何未达标项的例外 " + r.unusedWaivers().size() + " 条：",
          "class", "section-title").newline();
      List<List<String>> rows = new ArrayList<>();
      for (Waiver w : r.unusedWaivers()) {
        rows.add(List.of(w.rule(), w.subject(), r.source().where(w.at())));
      }
      h.table("waivers", List.of("规则", "对象", "位置"), List.of("rule", "", "at"), rows);
    }
    h.close("section").newline();
  }

  private void passRates() {
    List<OrgVerdict> orgs = r.verdicts().stream().filter(v -> !v.temporary()).toList();
    if (orgs.isEmpty()) {
      return;
    }
    h.open("figure", "class", "rates").newline();
    SvgCharts.passRates(h, r, orgs);
    h.open("figcaption")
        .text("各组织党员达标率：参评党员（含下级组织，不含免除的党员）中没有未达标项的比例；"
            + "无参评党员的组织记为“—”。")
        .open("span", "class", "legend")
        .element("span", "", "class", "swatch", "style", "background: " + SvgCharts.PASS)
        .text("可以转段")
        .element("span", "", "class", "swatch", "style", "background: " + SvgCharts.FAIL)
        .text("暂不能转段")
        .close("span").close("figcaption").newline()
        .close("figure").newline();
  }

  private void org(OrgVerdict v, OrgFindings f, OrgVerdict parent) {
    h.open("section", "class", "org").newline().open("h3").text(PrintableContent.orgHeading(v));
    if (!v.temporary()) {
      h.element("span", TextDatasetSection.verdictText(v), "class",
          "badge " + (v.transition() ? "pass" : "fail"));
    }
    h.close("h3").newline();
    StringBuilder note = new StringBuilder();
    if (parent != null) {
      note.append("上级组织：").append(PrintableContent.subject(parent.name(), parent.id()))
          .append("。");
    }
    // temporary units answer to the unit that set them up and get no verdict of their own
    if (v.temporary()) {
      note.append("临时组织，不单独作转段结论。");
    }
    if (note.length() > 0) {
      h.element("p", note.toString(), "class", "note").newline();
    }
    findings("未达标", f.errors());
    findings("警告", f.warnings());
    findings("已批准例外", f.waived());
    if (!f.exempt().isEmpty()) {
      h.element("p", "免除（不作硬性要求）" + f.exempt().size() + " 人：", "class",
          "section-title").newline();
      List<List<String>> rows = new ArrayList<>();
      for (Finding e : f.exempt()) {
        rows.add(List.of(PrintableContent.subject(e.subjectName(), e.subject()), e.message(),
            r.source().where(e.at())));
      }
      h.table("exempt", List.of("党员", "说明", "位置"), List.of("who", "", "at"), rows);
    }
    h.element("p", f.passLine(), "class", "note").newline().close("section").newline();
  }

  private void findings(String heading, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    h.element("p", heading + " " + findings.size() + " 项：", "class", "section-title")
        .newline();
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : findings) {
      rows.add(List.of(PrintableContent.subject(f.subjectName(), f.subject()), f.rule(),
          f.message(), r.source().where(f.at())));
    }
    h.table("findings", FINDING_HEADER, FINDING_CLASSES, rows);
  }
}
