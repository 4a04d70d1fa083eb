package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.branchcheck.report.JsonReportReader.Item;

/** Writes a {@link ReportDiff} as text for people or as JSON ({@code branchcheck/diff} 1). */
public final class DiffWriter {
  private DiffWriter() {}

  public static void text(ReportDiff d, Writer writer) {
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(writer));
    out.printf("比较 %s（截至 %s）→ %s（截至 %s）%n", d.older().file(), d.older().asOf(),
        d.newer().file(), d.newer().asOf());
    section(out, "新增未达标", "✗", d.newlyFailing(), false);
    section(out, "已整改", "✓", d.fixed(), true);
    section(out, "仍未达标", "·", d.stillFailing(), false);
    if (!d.lost().isEmpty()) {
      out.printf("%n新报告中无法检查 %d 项：%n", d.lost().size());
      d.lost().forEach(p -> out.printf("  ✗ %s%n", p));
    }
    if (!d.notComparable().isEmpty()) {
      out.printf("%n无法比较 %d 个数据集：%n", d.notComparable().size());
      d.notComparable().forEach(p -> out.printf("  %s%n", p));
    }
    out.printf("%n新增未达标 %d 项，已整改 %d 项，仍未达标 %d 项%n", d.newlyFailing().size(),
        d.fixed().size(), d.stillFailing().size());
    out.flush();
  }

  private static void section(PrintWriter out, String heading, String mark,
      List<ReportDiff.Change> changes, boolean showNow) {
    out.printf("%n%s %d 项%s%n", heading, changes.size(), changes.isEmpty() ? "" : "：");
    for (ReportDiff.Change c : changes) {
      Item f = showNow ? c.before() : c.latest();
      out.printf("  %s %s  %s  %s%n", mark, c.dataset(), f.rule(), f.message());
      if (showNow && c.after() != null && !c.after().message().isEmpty()) {
        out.printf("      现在：%s%n", c.after().message());
      }
    }
  }

  public static void json(ReportDiff d, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", "branchcheck/diff");
    g.writeNumberField("schema_version", 1);
    g.writeStringField("tool_version", Version.get());
    g.writeObjectFieldStart("old");
    g.writeStringField("file", d.older().file());
    g.writeStringField("as_of", d.older().asOf());
    g.writeEndObject();
    g.writeObjectFieldStart("new");
    g.writeStringField("file", d.newer().file());
    g.writeStringField("as_of", d.newer().asOf());
    g.writeEndObject();
    changes(g, "newly_failing", d.newlyFailing());
    changes(g, "fixed", d.fixed());
    changes(g, "still_failing", d.stillFailing());
    g.writeArrayFieldStart("lost");
    for (String p : d.lost()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("not_comparable");
    for (String p : d.notComparable()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void changes(JsonGenerator g, String name, List<ReportDiff.Change> changes)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (ReportDiff.Change c : changes) {
      Item f = c.latest();
      g.writeStartObject();
      g.writeStringField("dataset", c.dataset());
      g.writeStringField("rule", f.rule());
      g.writeStringField("subject", f.subject());
      g.writeStringField("subject_name", f.subjectName());
      g.writeStringField("severity", f.severity());
      g.writeStringField("before", c.before() == null ? null : c.before().message());
      g.writeStringField("after", c.after() == null ? null : c.after().message());
      g.writeStringField("outcome_now", c.after() == null ? "absent" : c.after().outcome());
      g.writeStringField("location", f.location());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
