package org.branchcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.OrgVerdict;

/**
 * The HTML report's two charts as inline SVG, so they print and need no script or network: each
 * organisation's member pass rate as horizontal bars, and the members' hours as a histogram
 * against the required hours. Coordinates are in a fixed 680-unit-wide box that the style sheet
 * scales to the page. Text widths are estimated (a Chinese character is one em, anything else
 * about 0.6 em) because nothing here can measure fonts; labels that would not fit are shortened,
 * and the full text is kept in a {@code <title>} for screen readers and hovering.
 */
final class SvgCharts {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final int WIDTH = 680;
  private static final int ROW = 24;
  private static final int FONT = 12;
  private static final int RATE_COLUMN = 122;
  static final String PASS = "#2e8540";
  static final String FAIL = "#c0392b";
  private static final String GRID = "#c8c8c8";

  private SvgCharts() {}

  /** One bar per permanent organisation, indented by its depth in the tree. */
  static void passRates(Html h, CheckResult r, List<OrgVerdict> orgs) {
    Map<String, OrgVerdict> byId = PrintableContent.byId(r);
    double labels = 0;
    for (OrgVerdict v : orgs) {
      labels = Math.max(labels, indent(byId, v) + width(v.name()));
    }
    double trackX = Math.min(300, Math.max(120, labels + 12));
    double trackW = WIDTH - trackX - RATE_COLUMN;
    int height = orgs.size() * ROW + 22;
    svg(h, height, "各组织党员达标率");
    for (int i = 0; i < orgs.size(); i++) {
      OrgVerdict v = orgs.get(i);
      double y = i * ROW;
      double baseline = y + ROW / 2.0 + FONT / 2.0 - 2;
      h.open("g").element("title", v.name() + "：" + PrintableContent.passRate(v));
      double indent = indent(byId, v);
      h.element("text", fit(v.name(), trackX - 8 - indent), "x", n(indent),
          "y", n(baseline), "font-size", n(FONT));
      h.empty("rect", "x", n(trackX), "y", n(y + 5), "width", n(trackW), "height",
          n(ROW - 10), "fill", "#ececec");
      if (v.members() > 0) {
        h.empty("rect", "x", n(trackX), "y", n(y + 5), "width",
            n(trackW * v.memberPassRate() / 100), "height", n(ROW - 10),
            "fill", v.transition() ? PASS : FAIL);
      }
      h.element("text", PrintableContent.passRate(v), "x", n(trackX + trackW + 6),
          "y", n(baseline), "font-size", n(FONT - 1), "fill", v.members() > 0 ? "#1a1a1a"
              : "#777");
      h.close("g").newline();
    }
    double axis = orgs.size() * ROW + 2;
    for (int pct = 0; pct <= 100; pct += 50) {
      double x = trackX + trackW * pct / 100;
      h.empty("line", "x1", n(x), "y1", "0", "x2", n(x), "y2", n(axis), "stroke", GRID,
          "stroke-dasharray", pct == 0 ? "none" : "3 3");
      h.element("text", pct + "%", "x", n(x), "y", n(axis + 14), "font-size", "10",
          "text-anchor", pct == 0 ? "start" : pct == 100 ? "end" : "middle", "fill", "#555");
    }
    h.close("svg").newline();
  }

  /** The hours histogram with the required hours as a dashed vertical line. */
  static void hours(Html h, HoursHistogram hist) {
    final int left = 40;
    final int top = 36;
    final int plot = 160;
    final double bin = (WIDTH - left - 14.0) / HoursHistogram.BINS;
    long max = hist.counts().stream().mapToLong(Long::longValue).max().orElse(0);
    long step = niceStep(Math.max(1, max));
    long ceiling = step * Math.max(1, (max + step - 1) / step);
    svg(h, top + plot + 26, "党员学时分布");
    for (long t = 0; t <= ceiling; t += step) {
      double y = top + plot - plot * (double) t / ceiling;
      h.empty("line", "x1", n(left), "y1", n(y), "x2", n(WIDTH - 14), "y2", n(y), "stroke",
          t == 0 ? "#888" : GRID);
      h.element("text", String.valueOf(t), "x", n(left - 6), "y", n(y + 4), "font-size", "10",
          "text-anchor", "end", "fill", "#555");
    }
    double line = hist.line();
    for (int i = 0; i < HoursHistogram.BINS; i++) {
      long c = hist.counts().get(i);
      double x = left + i * bin;
      h.element("text", HoursHistogram.label(i), "x", n(x + bin / 2), "y", n(top + plot + 16),
          "font-size", "10.5", "text-anchor", "middle", "fill", "#333");
      if (c > 0) {
        double barH = plot * (double) c / ceiling;
        h.open("g").element("title", HoursHistogram.label(i) + " 学时：" + c + " 名");
        h.empty("rect", "x", n(x + 3), "y", n(top + plot - barH), "width", n(bin - 6),
            "height", n(barH), "fill", binColour(i, line));
        h.element("text", String.valueOf(c), "x", n(x + bin / 2), "y",
            n(top + plot - barH - 4), "font-size", "11", "text-anchor", "middle");
        h.close("g");
      }
      h.newline();
    }
    if (line > 0) {
      double x = left + Math.min(line / HoursHistogram.BIN_WIDTH, HoursHistogram.BINS) * bin;
      boolean nearRight = x > WIDTH - 90;
      h.empty("line", "x1", n(x), "y1", "20", "x2", n(x), "y2", n(top + plot), "stroke", FAIL,
          "stroke-width", "2", "stroke-dasharray", "6 3");
      h.element("text", PrintableContent.hours(line) + " 学时", "x", n(nearRight ? x - 5 : x + 5),
          "y", "15", "font-size", n(FONT), "font-weight", "bold", "fill", FAIL,
          "text-anchor", nearRight ? "end" : "start").newline();
    }
    if (hist.total() == 0) {
      h.element("text", "无参评党员", "x", n(left + (WIDTH - left) / 2.0), "y",
          n(top + plot / 2.0), "font-size", n(FONT), "text-anchor", "middle", "fill", "#777");
    }
    h.close("svg").newline();
  }

  /** Below the line red, at or above it green, a bin the line cuts through grey. */
  private static String binColour(int i, double line) {
    if (line <= 0) {
      return "#4a78b8";
    }
    double from = i * HoursHistogram.BIN_WIDTH;
    boolean open = i == HoursHistogram.BINS - 1;
    if (from >= line) {
      return PASS;
    }
    return !open && from + HoursHistogram.BIN_WIDTH <= line ? FAIL : "#9aa5b1";
  }

  private static void svg(Html h, int height, String label) {
    h.open("svg", "xmlns", SVG_NS, "viewBox", "0 0 " + WIDTH + " " + height, "width",
        String.valueOf(WIDTH), "height", String.valueOf(height), "role", "img", "aria-label",
        label).newline();
  }

  /** 1, 2 or 5 times a power of ten: about four grid lines whatever the largest count. */
  private static long niceStep(long max) {
    long raw = Math.max(1, (max + 3) / 4);
    long power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static double indent(Map<String, OrgVerdict> byId, OrgVerdict v) {
    return 2 + 12 * PrintableContent.depth(byId, v);
  }

  static double width(String s) {
    return s.codePoints().mapToDouble(c -> c >= 0x2E80 ? FONT : FONT * 0.6).sum();
  }

  /** The text, shortened with "…" to fit {@code room} units. */
  static String fit(String s, double room) {
    if (width(s) <= room) {
      return s;
    }
    int[] cps = s.codePoints().toArray();
    int n = cps.length;
    while (n > 0 && width(new String(cps, 0, n)) + FONT > room) {
      n--;
    }
    return new String(cps, 0, n) + "…";
  }

  private static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
