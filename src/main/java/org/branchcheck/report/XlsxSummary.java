package org.branchcheck.report;

import java.util.Arrays;
import java.util.List;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetStatus;
import org.branchcheck.engine.DistrictRollup;
import org.branchcheck.engine.RunResult;
import org.branchcheck.report.XlsxCells.Rate;
import org.branchcheck.report.XlsxStyles.Fill;

/**
 * The workbook's first sheet, 汇总: on top what the run was (rule set, as-of date, status and
 * counts) as one labelled row, so that it takes little of the frozen top of the sheet; then the
 * district roll-up, a row per dataset and the total.
 */
final class XlsxSummary {
  static final String SHEET = "汇总";
  static final List<String> ABOUT = List.of("规则集", "版本", "截至", "状态", "数据集", "通过",
      "未通过", "无法读取", "输入问题", "检查结果", "姓名已化名", "仅列需关注项");
  static final List<String> HEADINGS = List.of("数据集", "名称", "状态", "组织", "可以转段",
      "转段率", "参评党员", "未达标党员", "学时不足");

  private XlsxSummary() {}

  static void write(XlsxTable table, RunResult run, DistrictRollup rollup) {
    long problems = run.problems().size();
    long shown = 0;
    for (CheckResult d : run.datasets()) {
      problems += d.problems().size();
      shown += run.shown(d).size();
    }
    table.above(ABOUT, Fill.NONE, true);
    table.above(Arrays.asList(run.ruleSet().id(), run.ruleSet().version(), run.asOf(),
        TextReporter.statusText(run.status()), run.datasets().size(),
        run.count(DatasetStatus.PASSED), run.count(DatasetStatus.FAILED),
        run.count(DatasetStatus.UNREADABLE), problems, shown, yes(run.options().redacted()),
        yes(run.options().failuresOnly())), fill(run.status(), false), false);
    table.above(List.of(), Fill.NONE, false);
    List<CheckResult> datasets = run.datasets();
    boolean warned = false;
    for (int i = 0; i < datasets.size(); i++) {
      // the roll-up has a line per dataset, in the run's order
      boolean warnings = datasets.get(i).warnings() > 0;
      warned |= warnings;
      DistrictRollup.Line line = rollup.datasets().get(i);
      table.row(cells(line, line.path(), line.name()), fill(line.status(), warnings));
    }
    DistrictRollup.Line total = rollup.total();
    table.total(cells(total, "合计", ""), fill(total.status(), warned));
    table.close();
  }

  private static List<Object> cells(DistrictRollup.Line l, String path, String name) {
    return Arrays.asList(path, name, TextReporter.statusText(l.status()), l.orgs(),
        l.orgsPassing(), l.orgPassRate() < 0 ? null : new Rate(l.orgPassRate() / 100),
        l.members(), l.membersFailing(), l.membersShortOfHours());
  }

  private static Fill fill(DatasetStatus status, boolean warnings) {
    return status != DatasetStatus.PASSED ? Fill.FAIL : warnings ? Fill.WARN : Fill.NONE;
  }

  static String yes(boolean b) {
    return b ? "是" : "否";
  }
}
