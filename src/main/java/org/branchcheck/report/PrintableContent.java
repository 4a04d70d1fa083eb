package org.branchcheck.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetStatus;
import org.branchcheck.engine.DistrictRollup;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.rules.Severity;

/**
 * The words and numbers the printable reports (Markdown and HTML) share, so that the two say the
 * same thing as each other and as the text report: title, summary rows, top organisations and the
 * depth of each organisation in its tree.
 */
final class PrintableContent {
  private PrintableContent() {}

  /** A label and its value, one row of the summary table. */
  record Row(String label, String value) {}

  static String title(RunResult run) {
    String what = run.ruleSet().title().isEmpty() ? run.ruleSet().id() : run.ruleSet().title();
    return "检查报告：" + what;
  }

  /** "截至 2005-08-31", with the pseudonym notice a reader must not miss on paper. */
  static String asOf(RunResult run) {
    return "截至 " + run.asOf() + (run.options().redacted() ? "，姓名已化名" : "");
  }

  static String ruleSet(RunResult run) {
    String version = run.ruleSet().version();
    return "规则集 " + run.ruleSet().id() + (version.isEmpty() ? "" : " " + version);
  }

  static String tool() {
    return "branchcheck " + Version.get();
  }

  /**
   * The run in numbers. Dataset counts only when there is more than one dataset: for a single
   * dataset they would only restate its verdict.
   */
  /** The per-dataset table of a batch: path, status, orgs passing, members, failing, short. */
  static List<List<String>> datasetLines(DistrictRollup rollup) {
    List<List<String>> lines = new ArrayList<>();
    for (DistrictRollup.Line l : rollup.datasets()) {
      lines.add(List.of(l.path(), TextReporter.statusText(l.status()),
          l.orgsPassing() + " / " + l.orgs() + "（" + TextReporter.rate(l.orgPassRate()) + "）",
          String.valueOf(l.members()), String.valueOf(l.membersFailing()),
          String.valueOf(l.membersShortOfHours())));
    }
    return lines;
  }

  /** The column headings of {@link #datasetLines}. */
  static final List<String> DATASET_HEADINGS =
      List.of("数据集", "状态", "可以转段的组织", "参评党员", "未达标", "学时不足");

  static List<Row> summary(RunResult run, DistrictRollup rollup) {
    DistrictRollup.Line t = rollup.total();
    List<Row> rows = new ArrayList<>();
    if (run.datasets().size() > 1) {
      rows.add(new Row("检查的数据集", run.datasets().size() + " 个"));
      rows.add(new Row("通过", run.count(DatasetStatus.PASSED) + " 个"));
      rows.add(new Row("未通过", run.count(DatasetStatus.FAILED) + " 个"));
      rows.add(new Row("无法读取", run.count(DatasetStatus.UNREADABLE) + " 个"));
    }
    rows.add(new Row("可以转段的组织", t.orgsPassing() + " / " + t.orgs() + " 个（"
        + TextReporter.rate(t.orgPassRate()) + "）"));
    rows.add(new Row("未达标的党员", t.membersFailing() + " / " + t.members() + " 名"));
    double line = rollup.hours().line();
    if (line > 0) {
      rows.add(new Row("学时不足 " + hours(line) + " 学时的党员",
          t.membersShortOfHours() + " / " + t.members() + " 名"));
    } else if (line == HoursHistogram.MIXED) {
      rows.add(new Row("学时不足规定学时的党员（各数据集规定不同）",
          t.membersShortOfHours() + " / " + t.members() + " 名"));
    } else {
      rows.add(new Row("学时不足的党员", "—（规则集未规定学时）"));
    }
    return rows;
  }

  /**
   * Failing subjects per check rule: id, requirement, whether it blocks, count. Every rule is
   * listed, so a zero shows the rule was checked.
   */
  static List<List<String>> failuresByRule(RunResult run, DistrictRollup rollup) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Long> e : rollup.failuresByRule().entrySet()) {
      RuleSetInfo.RuleInfo rule = run.ruleSet().rules().stream()
          .filter(r -> r.id().equals(e.getKey())).findFirst().orElse(null);
      rows.add(List.of(e.getKey(), rule == null ? "" : rule.title(),
          rule != null && rule.severity().equals(Severity.WARNING.code()) ? "警告" : "必须达标",
          String.valueOf(e.getValue())));
    }
    return rows;
  }

  /** One dataset's check counts, as in the text report's summary. */
  static String datasetCounts(CheckResult r) {
    List<OrgVerdict> permanent = r.verdicts().stream().filter(v -> !v.temporary()).toList();
    long ok = permanent.stream().filter(OrgVerdict::transition).count();
    OrgFindings all = OrgFindings.counts(r);
    return "组织 " + permanent.size() + " 个：可以转段 " + ok + " 个，暂不能转段 "
        + (permanent.size() - ok) + " 个。检查 " + all.checks() + " 项：未达标 "
        + all.errorCount() + "，警告 " + all.warningCount() + "，例外 " + all.waivedCount()
        + "，免除 " + all.exemptCount() + "，通过 " + all.pass() + "，不适用 "
        + all.notApplicable() + "。";
  }

  /** The note the text report adds when warnings fail the run too; empty when they do not. */
  static String failOnNote(RunResult run, CheckResult r) {
    if (run.options().failOn() == Severity.WARNING && r.warnings() > 0) {
      return "（--fail-on warning：" + r.warnings() + " 项警告也算未通过）";
    }
    return "";
  }

  /** The organisations at the top of a dataset's tree: whose verdict the meeting hears. */
  static List<OrgVerdict> tops(CheckResult r) {
    Map<String, OrgVerdict> byId = byId(r);
    return r.verdicts().stream()
        .filter(v -> v.parent().isEmpty() || !byId.containsKey(v.parent())).toList();
  }

  /** A dataset's verdicts by organisation id (the first, should an id repeat). */
  static Map<String, OrgVerdict> byId(CheckResult r) {
    Map<String, OrgVerdict> byId = new HashMap<>();
    r.verdicts().forEach(v -> byId.putIfAbsent(v.id(), v));
    return byId;
  }

  /** How many ancestors an organisation has among {@code byId}, for indenting the tree. */
  static int depth(Map<String, OrgVerdict> byId, OrgVerdict v) {
    int depth = 0;
    String parent = v.parent();
    // bounded by the number of organisations, so a cycle in bad data cannot loop forever
    while (!parent.isEmpty() && depth < byId.size()) {
      OrgVerdict p = byId.get(parent);
      if (p == null) {
        break;
      }
      depth++;
      parent = p.parent();
    }
    return depth;
  }

  static String orgHeading(OrgVerdict v) {
    return v.name() + "（" + v.id() + "，" + TextDatasetSection.kindName(v.kind()) + "）";
  }

  /** "张三（M11）": the name the reader knows and the id that finds the record. */
  static String subject(String name, String id) {
    return name.isEmpty() || name.equals(id) ? id : name + "（" + id + "）";
  }

  /** An organisation's member pass rate for the chart: "83.3%（5/6 名）", or "—" without members. */
  static String passRate(OrgVerdict v) {
    if (v.members() == 0) {
      return "—（无参评党员）";
    }
    return String.format(Locale.ROOT, "%.1f%%", v.memberPassRate()) + "（"
        + (v.members() - v.failingMembers()) + "/" + v.members() + " 名）";
  }

  /** Hours as people write them: 40, 7.5. */
  static String hours(double h) {
    return BigDecimal.valueOf(h).stripTrailingZeros().toPlainString();
  }
}
