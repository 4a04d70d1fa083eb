package org.branchcheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.FindingList;
import org.branchcheck.engine.FindingListBuilder;
import org.branchcheck.engine.Outcome;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;

/**
 * A dataset's check findings by organisation, for sections written one organisation at a time in
 * the order of the result's verdicts. One pass over the kinds and organisations the list keeps
 * (nothing is decoded) counts every organisation's findings and cuts the organisations, in that
 * order, into windows of at most {@value #WINDOW} findings to list (failed, waived, exempt; an
 * organisation with more has a window of its own). When there is more than one window, a second
 * pass sorts those findings into one compact list per window; a section then decodes its
 * organisation's window, so a report holds a window's findings as objects at a time, never the
 * dataset's, and decodes each finding a bounded number of times whatever the order of the
 * organisations' findings in the list. Asked in another order, it still answers, decoding a window
 * each time the window changes. For one thread.
 */
final class OrgFindingIndex {
  static final int WINDOW = 1 << 14;
  /** Slots of an organisation's counts. */
  static final int CHECKS = 0;
  static final int ERRORS = 1;
  static final int WARNINGS = 2;
  static final int WAIVED = 3;
  static final int EXEMPT = 4;
  static final int PASS = 5;
  static final int NOT_APPLICABLE = 6;
  static final int COUNTED = 7;

  private final CheckResult r;
  private final Map<String, Integer> rank = new HashMap<>();
  private final long[][] counts;
  private final int[] windowOf;
  /** Each window's findings to list, or null when one window holds them all. */
  private final FindingList[] windows;
  private int loaded = -1;
  private final Map<Integer, List<Finding>> listed = new HashMap<>();

  OrgFindingIndex(CheckResult r) {
    this.r = r;
    for (int k = 0; k < r.verdicts().size(); k++) {
      rank.putIfAbsent(r.verdicts().get(k).id(), k);
    }
    counts = new long[r.verdicts().size()][COUNTED];
    int[] toList = new int[counts.length];
    FindingList all = r.findings();
    for (int i = 0; i < all.size(); i++) {
      Integer k = all.stage(i) == Stage.CHECK ? rank.get(all.org(i)) : null;
      if (k != null) {
        count(counts[k], all.outcome(i), all.severity(i));
        toList[k] += listed(all, i) ? 1 : 0;
      }
    }
    windowOf = new int[counts.length];
    int window = 0;
    long inWindow = 0;
    for (int k = 0; k < counts.length; k++) {
      if (inWindow > 0 && inWindow + toList[k] > WINDOW) {
        window++;
        inWindow = 0;
      }
      windowOf[k] = window;
      inWindow += toList[k];
    }
    windows = window == 0 ? null : split(all, window + 1);
  }

  /** The organisation's findings, with the passes counted but not kept. */
  OrgFindings of(String org) {
    Integer k = rank.get(org);
    OrgFindings own = k == null ? OrgFindings.of(List.of(), new long[COUNTED])
        : OrgFindings.of(load(k), counts[k]);
    return own.plus(r.pruned().of(org, Outcome.PASS), r.pruned().of(org, Outcome.NOT_APPLICABLE));
  }

  private List<Finding> load(int k) {
    int window = windowOf[k];
    if (window != loaded) {
      listed.clear();
      FindingList source = windows == null ? r.findings() : windows[window];
      for (Finding f : source.select(i -> listed(source, i) && inWindow(source, i, window))) {
        listed.computeIfAbsent(rank.get(f.org()), x -> new ArrayList<>()).add(f);
      }
      loaded = window;
    }
    return listed.getOrDefault(k, List.of());
  }

  private FindingList[] split(FindingList all, int count) {
    FindingListBuilder first = FindingList.builder();
    FindingListBuilder[] builders = new FindingListBuilder[count];
    for (int w = 0; w < count; w++) {
      builders[w] = w == 0 ? first : first.sibling();
    }
    for (Finding f : all.select(i -> listed(all, i) && rank.containsKey(all.org(i)))) {
      builders[windowOf[rank.get(f.org())]].add(f);
    }
    FindingList[] lists = new FindingList[count];
    for (int w = 0; w < count; w++) {
      lists[w] = builders[w].build();
    }
    return lists;
  }

  private boolean inWindow(FindingList list, int i, int window) {
    Integer k = rank.get(list.org(i));
    return k != null && windowOf[k] == window;
  }

  /** Check findings a section lists: failures, waived and exempt; passes are only counted. */
  private static boolean listed(FindingList list, int i) {
    Outcome o = list.outcome(i);
    return list.stage(i) == Stage.CHECK
        && (o == Outcome.FAIL || o == Outcome.WAIVED || o == Outcome.EXEMPT);
  }

  private static void count(long[] c, Outcome outcome, Severity severity) {
    c[CHECKS]++;
    if (outcome == Outcome.FAIL && severity == Severity.ERROR) {
      c[ERRORS]++;
    } else if (outcome == Outcome.FAIL && severity == Severity.WARNING) {
      c[WARNINGS]++;
    } else if (outcome == Outcome.WAIVED) {
      c[WAIVED]++;
    } else if (outcome == Outcome.EXEMPT) {
      c[EXEMPT]++;
    } else if (outcome == Outcome.PASS) {
      c[PASS]++;
    } else if (outcome == Outcome.NOT_APPLICABLE) {
      c[NOT_APPLICABLE]++;
    }
  }
}
