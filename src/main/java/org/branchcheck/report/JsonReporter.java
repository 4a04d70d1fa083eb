package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.Outcome;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Waiver;

/**
 * The machine report, schema {@code branchcheck/report} version {@value #SCHEMA_VERSION}
 * (documented in the README). Keys are written in a fixed order so that equal results give equal
 * bytes.
 */
public final class JsonReporter implements Reporter {
  public static final int SCHEMA_VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(CheckResult r, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", "branchcheck/report");
    g.writeNumberField("schema_version", SCHEMA_VERSION);
    g.writeStringField("tool_version", Version.get());
    g.writeStringField("dataset", r.dataset());
    g.writeObjectFieldStart("rule_set");
    g.writeStringField("id", r.ruleSet().id());
    g.writeStringField("title", r.ruleSet().title());
    g.writeStringField("version", r.ruleSet().version());
    g.writeEndObject();
    g.writeStringField("as_of", r.asOf().toString());
    g.writeObjectFieldStart("params");
    for (Map.Entry<String, Object> p : r.params().entrySet()) {
      g.writeFieldName(p.getKey());
      value(g, p.getValue());
    }
    g.writeEndObject();
    summary(g, r);
    g.writeArrayFieldStart("orgs");
    for (OrgVerdict v : r.verdicts()) {
      g.writeStartObject();
      g.writeStringField("id", v.id());
      g.writeStringField("name", v.name());
      g.writeStringField("kind", v.kind());
      g.writeStringField("parent", v.parent());
      g.writeBooleanField("transition", v.transition());
      g.writeNumberField("errors", v.errors());
      g.writeNumberField("warnings", v.warnings());
      g.writeNumberField("failing_members", v.failingMembers());
      g.writeNumberField("failing_orgs", v.failingOrgs());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      finding(g, f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Problem p : r.problems()) {
      g.writeStartObject();
      location(g, p.at());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unused_waivers");
    for (Waiver w : r.unusedWaivers()) {
      g.writeStartObject();
      g.writeStringField("rule", w.rule());
      g.writeStringField("subject", w.subject());
      location(g, w.at());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void summary(JsonGenerator g, CheckResult r) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeBooleanField("input_errors", r.hasInputErrors());
    g.writeBooleanField("transition", !r.hasInputErrors() && !r.hasBlockingFailures());
    for (Outcome o : Outcome.values()) {
      g.writeNumberField(o.code(), r.count(o));
    }
    g.writeNumberField("blocking", r.findings().stream().filter(Finding::blocking).count());
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
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
    location(g, f.at());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, SourceLocation at) throws IOException {
    g.writeObjectFieldStart("location");
    g.writeStringField("file", at.file());
    g.writeNumberField("line", at.line());
    g.writeNumberField("column", at.column());
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeString(org.branchcheck.rules.MessageTemplate.format(map));
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
