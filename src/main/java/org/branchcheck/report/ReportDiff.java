package org.branchcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.branchcheck.report.JsonReportReader.Dataset;
import org.branchcheck.report.JsonReportReader.Item;
import org.branchcheck.report.JsonReportReader.Report;

/**
 * Progress between two checks: failures that are new, failures that are gone (fixed), failures
 * still there, and datasets whose state cannot be compared. A finding is identified by dataset
 * path, rule and subject; any failure counts, warnings included. A failure missing from the newer
 * report counts as fixed only when its dataset was read there (a failures-only report leaves
 * passes out); in an unreadable or absent dataset nothing is known, and a dataset that is
 * unreadable or gone in the newer report, or a newer run with problems of its own, is {@code
 * lost}: as much a step backwards as a new failure. When both reports hold exactly one dataset,
 * the two are compared whatever their paths (a renamed folder, or a version-1 report, which
 * named its dataset rather than its path).
 */
public record ReportDiff(
    Report older,
    Report newer,
    List<Change> newlyFailing,
    List<Change> fixed,
    List<Change> stillFailing,
    List<String> lost,
    List<String> notComparable) {

  /** True when the newer report is worse somewhere: a new failure, or something lost. */
  public boolean regressed() {
    return !newlyFailing.isEmpty() || !lost.isEmpty();
  }

  /** One finding's change: the dataset, and the finding as it was and as it is (either may be null). */
  public record Change(String dataset, Item before, Item after) {
    public Item latest() {
      return after != null ? after : before;
    }
  }

  public static ReportDiff of(Report older, Report newer) {
    Map<String, Dataset> before = byPath(older);
    Map<String, Dataset> after = byPath(newer);
    if (before.size() == 1 && after.size() == 1) {
      before = Map.of(after.keySet().iterator().next(), before.values().iterator().next());
    }
    List<Change> added = new ArrayList<>();
    List<Change> gone = new ArrayList<>();
    List<Change> kept = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    if (newer.runProblems() > 0) {
      lost.add("新报告本身有 " + newer.runProblems() + " 处输入问题（规则集或路径）");
    }
    TreeMap<String, Boolean> paths = new TreeMap<>();
    before.keySet().forEach(p -> paths.put(p, true));
    after.keySet().forEach(p -> paths.put(p, true));
    for (String path : paths.keySet()) {
      Dataset b = before.get(path);
      Dataset a = after.get(path);
      if (a == null || a.unreadable()) {
        lost.add(path + (a == null ? "：新报告中没有此数据集" : "：新报告中无法读取"));
        continue;
      }
      Map<String, Item> was = failures(b);
      Map<String, Item> all = keyed(a);
      Map<String, Item> is = failures(a);
      if (b != null && b.unreadable()) {
        unknown.add(path + "：旧报告中无法读取，现有未达标项均按新增计");
      }
      is.forEach((k, item) -> (was.containsKey(k) ? kept : added)
          .add(new Change(path, was.get(k), item)));
      was.forEach((k, item) -> {
        if (!is.containsKey(k)) {
          gone.add(new Change(path, item, all.get(k)));
        }
      });
    }
    return new ReportDiff(older, newer, List.copyOf(added), List.copyOf(gone), List.copyOf(kept),
        List.copyOf(lost), List.copyOf(unknown));
  }

  private static Map<String, Dataset> byPath(Report r) {
    Map<String, Dataset> out = new LinkedHashMap<>();
    r.datasets().forEach(d -> out.putIfAbsent(d.path(), d));
    return out;
  }

  private static Map<String, Item> keyed(Dataset d) {
    Map<String, Item> out = new LinkedHashMap<>();
    if (d != null) {
      d.findings().forEach(f -> out.putIfAbsent(f.rule() + "\u0000" + f.subject(), f));
    }
    return out;
  }

  private static Map<String, Item> failures(Dataset d) {
    Map<String, Item> out = new LinkedHashMap<>();
    keyed(d).forEach((k, f) -> {
      if (f.outcome().equals("fail")) {
        out.put(k, f);
      }
    });
    return out;
  }
}
