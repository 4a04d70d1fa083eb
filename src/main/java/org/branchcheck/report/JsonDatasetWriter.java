package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Waiver;
import org.branchcheck.rules.MessageTemplate;

/** One dataset's entry in the JSON report. Locations name files as paths from the working folder. */
final class JsonDatasetWriter {
  private final JsonGenerator g;
  private final RunResult run;
  private final CheckResult r;

  JsonDatasetWriter(JsonGenerator g, RunResult run, CheckResult r) {
    this.g = g;
    this.run = run;
    this.r = r;
  }

  void write() throws IOException {
    g.writeStartObject();
    g.writeStringField("path", r.source().path());
    g.writeStringField("name", r.source().name());
    g.writeStringField("status", run.status(r).code());
    g.writeNumberField("exit_code", ExitCode.of(run.status(r)).code());
    g.writeArrayFieldStart("files");
    for (InputFile f : r.source().files()) {
      g.writeStartObject();
      g.writeStringField("path", r.source().uri(SourceLocation.ofFile(f.name())));
      g.writeStringField("encoding", f.encoding());
      g.writeNumberField("bytes", f.bytes());
      g.writeStringField("sha256", f.sha256());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("params");
    for (Map.Entry<String, Object> p : r.params().entrySet()) {
      g.writeFieldName(p.getKey());
      value(p.getValue());
    }
    g.writeEndObject();
    summary();
    g.writeArrayFieldStart("orgs");
    for (OrgVerdict v : r.verdicts()) {
      org(v);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : run.shown(r)) {
      finding(f);
    }
    g.writeEndArray();
    JsonEssays.write(g, r);
    g.writeArrayFieldStart("problems");
    for (Problem p : r.problems()) {
      problem(g, r.source().uri(p.at()), p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unused_waivers");
    for (Waiver w : r.unusedWaivers()) {
      g.writeStartObject();
      g.writeStringField("rule", w.rule());
      g.writeStringField("subject", w.subject());
      location(g, r.source().uri(w.at()), w.at());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void summary() throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeBooleanField("input_errors", r.hasInputErrors());
    g.writeBooleanField("transition", !r.hasInputErrors() && !r.hasBlockingFailures());
    for (Outcome o : Outcome.values()) {
      g.writeNumberField(o.code(), r.count(o));
    }
    g.writeNumberField("blocking", r.blocking());
    g.writeNumberField("warnings", r.warnings());
    hours(g, r.hours());
    g.writeEndObject();
  }

  private void org(OrgVerdict v) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeStringField("name", v.name());
    g.writeStringField("kind", v.kind());
    g.writeStringField("parent", v.parent());
    g.writeBooleanField("temporary", v.temporary());
    g.writeBooleanField("transition", v.transition());
    g.writeNumberField("members", v.members());
    g.writeNumberField("errors", v.errors());
    g.writeNumberField("warnings", v.warnings());
    g.writeNumberField("failing_members", v.failingMembers());
    g.writeNumberField("failing_orgs", v.failingOrgs());
    g.writeEndObject();
  }

  private void finding(Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("title", f.title());
    g.writeStringField("scope", f.scope().code());
    g.writeStringField("stage", f.stage().code());
    g.writeStringField("subject", f.subject());
    g.writeStringField("subject_name", f.subjectName());
    g.writeStringField("org", f.org());
    g.writeStringField("outcome", f.outcome().code());
    g.writeStringField("severity", f.severity().code());
    g.writeStringField("message", f.message());
    location(g, r.source().uri(f.at()), f.at());
    g.writeEndObject();
  }

  static void problem(JsonGenerator g, String file, Problem p) throws IOException {
    g.writeStartObject();
    location(g, file, p.at());
    g.writeStringField("message", p.message());
    g.writeEndObject();
  }

  static void hours(JsonGenerator g, HoursHistogram h) throws IOException {
    g.writeObjectFieldStart("hours");
    g.writeNumberField("bin_width", HoursHistogram.BIN_WIDTH);
    g.writeArrayFieldStart("counts");
    for (long c : h.counts()) {
      g.writeNumber(c);
    }
    g.writeEndArray();
    g.writeNumberField("line", h.line());
    g.writeNumberField("below_line", h.below());
    g.writeEndObject();
  }

  static void location(JsonGenerator g, String file, SourceLocation at)
      throws IOException {
    g.writeObjectFieldStart("location");
    g.writeStringField("file", file);
    g.writeNumberField("line", at.line());
    g.writeNumberField("column", at.column());
    if (at.inSheet()) {
      g.writeStringField("sheet", at.sheet());
      g.writeStringField("cell", at.cell());
    }
    g.writeEndObject();
  }

  private void value(Object v) throws IOException {
    if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(item);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeString(MessageTemplate.format(map));
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
