package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DistrictRollup;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;

/**
 * The machine report, schema {@code branchcheck/report} version {@value #SCHEMA_VERSION}
 * (documented in the README): provenance, the run's summary and roll-up, run problems, then one
 * entry per dataset ({@link JsonDatasetWriter}). Keys come in a fixed order so that equal results
 * give equal bytes.
 */
public final class JsonReporter implements Reporter {
  public static final int SCHEMA_VERSION = 2;
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", "branchcheck/report");
    g.writeNumberField("schema_version", SCHEMA_VERSION);
    g.writeStringField("tool_version", Version.get());
    provenance(g, run);
    summary(g, run);
    g.writeArrayFieldStart("problems");
    for (Problem p : run.problems()) {
      JsonDatasetWriter.problem(g, p.at().toString(), p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("datasets");
    for (CheckResult d : run.datasets()) {
      new JsonDatasetWriter(g, run, d).write();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void provenance(JsonGenerator g, RunResult run) throws IOException {
    g.writeObjectFieldStart("provenance");
    ruleSet(g, run.ruleSet());
    g.writeStringField("as_of", run.asOf().toString());
    g.writeObjectFieldStart("cli_params");
    for (Map.Entry<String, String> p : run.cliParams().entrySet()) {
      g.writeStringField(p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeStringField("fail_on", run.options().failOn().code());
    g.writeBooleanField("failures_only", run.options().failuresOnly());
    g.writeBooleanField("redacted", run.options().redacted());
    g.writeEndObject();
  }

  /** The rule set's identity and digest as {@code "rule_set": {…}}; SARIF carries the same. */
  static void ruleSet(JsonGenerator g, RuleSetInfo r) throws IOException {
    g.writeObjectFieldStart("rule_set");
    g.writeStringField("id", r.id());
    g.writeStringField("title", r.title());
    g.writeStringField("version", r.version());
    g.writeStringField("file", r.file());
    g.writeStringField("sha256", r.sha256());
    // Only rule sets that extend another carry these, so plain runs' reports stay as they were.
    if (r.lineage().size() > 1) {
      g.writeArrayFieldStart("extends");
      for (org.branchcheck.rules.RuleSet.Origin o : r.lineage().subList(1, r.lineage().size())) {
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("version", o.version());
        g.writeStringField("file", o.file());
        g.writeStringField("sha256", o.sha256());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!r.switchedOff().isEmpty()) {
      g.writeArrayFieldStart("switched_off");
      for (org.branchcheck.rules.RuleSet.SwitchedOff o : r.switchedOff()) {
        g.writeStartObject();
        g.writeStringField("rule", o.rule());
        g.writeStringField("reason", o.reason());
        g.writeStringField("by", o.by());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, RunResult run) throws IOException {
    DistrictRollup rollup = run.rollup();
    DistrictRollup.Line t = rollup.total();
    g.writeObjectFieldStart("summary");
    g.writeStringField("status", run.status().code());
    g.writeNumberField("exit_code", ExitCode.of(run.status()).code());
    g.writeNumberField("datasets", run.datasets().size());
    for (org.branchcheck.engine.DatasetStatus s : org.branchcheck.engine.DatasetStatus.values()) {
      g.writeNumberField(s.code(), run.count(s));
    }
    g.writeNumberField("orgs", t.orgs());
    g.writeNumberField("orgs_passing", t.orgsPassing());
    g.writeNumberField("members", t.members());
    g.writeNumberField("members_failing", t.membersFailing());
    g.writeNumberField("members_short_of_hours", t.membersShortOfHours());
    g.writeObjectFieldStart("failures_by_rule");
    for (Map.Entry<String, Long> e : rollup.failuresByRule().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    JsonDatasetWriter.hours(g, rollup.hours());
    g.writeEndObject();
  }
}
