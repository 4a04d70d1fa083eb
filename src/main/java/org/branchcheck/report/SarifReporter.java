package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.SourceLocation;

/**
 * SARIF 2.1.0 for code-scanning dashboards: one run whose driver lists the rule set's rules plus
 * {@value #INPUT_ERROR} for unreadable input, the input files (and the rule-set file) as artifacts
 * with their SHA-256, one invocation with the exit code, and one result per listed finding
 * ({@link SarifResults} says how outcomes map). No start or end times, so that equal results give
 * equal bytes.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INPUT_ERROR = "input.error";
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    driver(g, run.ruleSet());
    invocation(g, run);
    Map<String, Integer> artifacts = artifacts(g, run);
    new SarifResults(g, run, artifacts).write();
    // Columns come from the YAML parser, which counts code points.
    g.writeStringField("columnKind", "unicodeCodePoints");
    g.writeObjectFieldStart("properties");
    JsonReporter.ruleSet(g, run.ruleSet());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void driver(JsonGenerator g, RuleSetInfo ruleSet) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "branchcheck");
    g.writeStringField("version", Version.get());
    g.writeArrayFieldStart("rules");
    for (RuleSetInfo.RuleInfo r : ruleSet.rules()) {
      String full = r.source().isEmpty() ? r.title() : r.title() + " (" + r.source() + ")";
      rule(g, r.id(), r.title(), full, "Source clause: " + (r.source().isEmpty() ? "none given"
          : r.source()), r.severity(), r);
    }
    rule(g, INPUT_ERROR, "Input cannot be read",
        "The input (a dataset, the rule set or a path given) cannot be read or is inconsistent;"
            + " what it covers was not checked.",
        "Correct the record at the location given and run the check again.", "error", null);
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, String id, String title, String full, String help,
      String level, RuleSetInfo.RuleInfo info) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("name", name(id));
    text(g, "shortDescription", title);
    text(g, "fullDescription", full);
    text(g, "help", help);
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level);
    g.writeEndObject();
    if (info != null) {
      g.writeObjectFieldStart("properties");
      g.writeStringField("scope", info.scope());
      g.writeStringField("stage", info.stage());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** SARIF wants a rule name that reads as an identifier: org.study-plan → OrgStudyPlan. */
  static String name(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("[^\\p{L}\\p{N}]+")) {
      if (!part.isEmpty()) {
        b.appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
            .append(part.substring(Character.charCount(part.codePointAt(0))));
      }
    }
    return b.length() == 0 ? id : b.toString();
  }

  private static void invocation(JsonGenerator g, RunResult run) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    // The run completed: failures and unreadable input are results, told by the exit code.
    g.writeBooleanField("executionSuccessful", true);
    g.writeNumberField("exitCode", ExitCode.of(run.status()).code());
    g.writeObjectFieldStart("properties");
    g.writeStringField("as_of", run.asOf().toString());
    g.writeStringField("fail_on", run.options().failOn().code());
    g.writeBooleanField("failures_only", run.options().failuresOnly());
    g.writeBooleanField("redacted", run.options().redacted());
    g.writeObjectFieldStart("cli_params");
    for (Map.Entry<String, String> p : run.cliParams().entrySet()) {
      g.writeStringField(p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
  }

  /** Writes the artifacts and returns each one's index by URI, for results to point at. */
  private static Map<String, Integer> artifacts(JsonGenerator g, RunResult run)
      throws IOException {
    Map<String, Integer> index = new LinkedHashMap<>();
    g.writeArrayFieldStart("artifacts");
    for (CheckResult d : run.datasets()) {
      for (InputFile f : d.source().files()) {
        String path = d.source().uri(SourceLocation.ofFile(f.name()));
        if (index.putIfAbsent(path, index.size()) == null) {
          artifact(g, path, f.sha256(), f.bytes(), f.encoding(), "analysisTarget");
        }
      }
    }
    RuleSetInfo rules = run.ruleSet();
    if (!rules.sha256().isEmpty() && index.putIfAbsent(rules.file(), index.size()) == null) {
      artifact(g, rules.file(), rules.sha256(), -1, "", "");
    }
    g.writeEndArray();
    return index;
  }

  private static void artifact(JsonGenerator g, String path, String sha256, long bytes,
      String encoding, String role) throws IOException {
    g.writeStartObject();
    g.writeFieldName("location");
    SarifResults.artifactLocation(g, path, -1);
    if (bytes >= 0) {
      g.writeNumberField("length", bytes);
    }
    if (!role.isEmpty()) {
      g.writeArrayFieldStart("roles");
      g.writeString(role);
      g.writeEndArray();
    }
    if (!encoding.isEmpty()) {
      g.writeStringField("encoding", encoding);
    }
    g.writeObjectFieldStart("hashes");
    g.writeStringField("sha-256", sha256);
    g.writeEndObject();
    g.writeEndObject();
  }

  static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }
}
