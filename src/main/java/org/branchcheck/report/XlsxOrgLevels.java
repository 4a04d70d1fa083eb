package org.branchcheck.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.OrgKind;
import org.branchcheck.report.XlsxStyles.Fill;

/**
 * A sheet per organisation level present in the run (党委, 党总支, 党支部, … in that order), a row
 * per organisation with its verdict and the counts over its subtree, so that the district can
 * filter, say, the branches that may not transition. An organisation of a kind the checker does
 * not know goes on a last sheet, 其他组织.
 */
final class XlsxOrgLevels {
  static final String OTHER = "其他组织";
  static final List<String> HEADINGS = List.of("数据集", "编号", "名称", "上级", "可以转段",
      "参评党员", "未达标项", "警告", "未达标党员", "未达标组织", "未达标规则");

  private XlsxOrgLevels() {}

  /** The sheet names and, for each, the organisations on it, by kind in {@link OrgKind} order. */
  static Map<String, List<Row>> levels(RunResult run) {
    Map<String, List<Row>> levels = new LinkedHashMap<>();
    for (OrgKind k : OrgKind.values()) {
      levels.put(k.chinese().get(0), new ArrayList<>());
    }
    levels.put(OTHER, new ArrayList<>());
    for (CheckResult d : run.datasets()) {
      for (OrgVerdict v : d.verdicts()) {
        levels.get(sheet(v.kind())).add(new Row(d.source().path(), v));
      }
    }
    levels.values().removeIf(List::isEmpty);
    return levels;
  }

  /** One organisation and the dataset it is in. */
  record Row(String dataset, OrgVerdict verdict) {}

  static void write(XlsxTable table, List<Row> rows) {
    for (Row r : rows) {
      OrgVerdict v = r.verdict();
      // temporary units answer to the unit that set them up and get no verdict of their own
      String transition = v.temporary() ? "—（临时组织）" : XlsxSummary.yes(v.transition());
      table.row(Arrays.asList(r.dataset(), v.id(), v.name(), v.parent(), transition, v.members(),
          v.errors(), v.warnings(), v.failingMembers(), v.failingOrgs(),
          String.join("、", v.failedRules())), fill(v));
    }
    table.close();
  }

  static Fill fill(OrgVerdict v) {
    if ((!v.temporary() && !v.transition()) || v.errors() > 0) {
      return Fill.FAIL;
    }
    return v.warnings() > 0 ? Fill.WARN : Fill.NONE;
  }

  private static String sheet(String kind) {
    for (OrgKind k : OrgKind.values()) {
      if (k.spellings().contains(kind)) {
        return k.chinese().get(0);
      }
    }
    return OTHER;
  }
}
