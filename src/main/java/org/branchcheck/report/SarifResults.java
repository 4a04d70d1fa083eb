package org.branchcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetSource;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.branchcheck.io.Sha256;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * The {@code results} of the SARIF report. Outcomes map as SARIF defines {@code kind} and {@code
 * level}: fail → kind "fail", level by the rule's severity (error or warning; {@code --fail-on}
 * changes the exit code, not how severe a rule is); waived → the same plus an external, accepted
 * suppression whose justification is the message (which carries the waiver's reason, approver and
 * expiry), so dashboards show it as dismissed rather than open; pass → "pass"; exempt and
 * does-not-apply → "notApplicable"; these last three with level "none", as SARIF requires for any
 * kind but "fail". Unreadable input gives results of rule {@value SarifReporter#INPUT_ERROR}.
 */
final class SarifResults {
  /** Versioned, as SARIF asks, so that a change of recipe does not match old results wrongly. */
  static final String FINGERPRINT = "subject/v1";

  private final JsonGenerator g;
  private final RunResult run;
  private final Map<String, Integer> artifacts;
  private final Map<String, Integer> rules = new HashMap<>();

  SarifResults(JsonGenerator g, RunResult run, Map<String, Integer> artifacts) {
    this.g = g;
    this.run = run;
    this.artifacts = artifacts;
    List<RuleSetInfo.RuleInfo> listed = run.ruleSet().rules();
    for (int i = 0; i < listed.size(); i++) {
      rules.putIfAbsent(listed.get(i).id(), i);
    }
    rules.put(SarifReporter.INPUT_ERROR, listed.size());
  }

  void write() throws IOException {
    g.writeArrayFieldStart("results");
    for (Problem p : run.problems()) {
      problem("", p);
    }
    for (CheckResult d : run.datasets()) {
      DatasetSource source = d.source();
      for (Problem p : d.problems()) {
        problem(source.path(), new Problem(source.locate(p.at()), p.message()));
      }
      for (Finding f : run.shown(d)) {
        finding(source, f);
      }
    }
    g.writeEndArray();
  }

  private void finding(DatasetSource source, Finding f) throws IOException {
    g.writeStartObject();
    ruleFields(f.rule());
    switch (f.outcome()) {
      case FAIL, WAIVED -> {
        g.writeStringField("kind", "fail");
        g.writeStringField("level", f.severity().code());
      }
      case PASS -> {
        g.writeStringField("kind", "pass");
        g.writeStringField("level", "none");
      }
      case EXEMPT, NOT_APPLICABLE -> {
        g.writeStringField("kind", "notApplicable");
        g.writeStringField("level", "none");
      }
    }
    // Pass messages are optional in a rule set; SARIF needs some text.
    String name = f.subjectName().isBlank() ? f.subject() : f.subjectName();
    String message = f.message().isBlank() ? name + " " + f.title() : f.message();
    SarifReporter.text(g, "message", message);
    if (f.outcome() == Outcome.WAIVED) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      g.writeStringField("justification", f.message());
      g.writeEndObject();
      g.writeEndArray();
    }
    locations(source.locate(f.at()));
    fingerprint(source.path(), f.rule(), f.subject());
    g.writeObjectFieldStart("properties");
    g.writeStringField("dataset", source.path());
    g.writeStringField("subject", f.subject());
    g.writeStringField("subject_name", f.subjectName());
    g.writeStringField("org", f.org());
    g.writeStringField("outcome", f.outcome().code());
    g.writeStringField("severity", f.severity().code());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A problem whose location already names its file as seen from the working folder. */
  private void problem(String dataset, Problem p) throws IOException {
    g.writeStartObject();
    ruleFields(SarifReporter.INPUT_ERROR);
    g.writeStringField("kind", "fail");
    g.writeStringField("level", "error");
    SarifReporter.text(g, "message", p.message());
    locations(p.at());
    fingerprint(dataset, SarifReporter.INPUT_ERROR, p.at() + " " + p.message());
    if (!dataset.isEmpty()) {
      g.writeObjectFieldStart("properties");
      g.writeStringField("dataset", dataset);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void ruleFields(String rule) throws IOException {
    g.writeStringField("ruleId", rule);
    Integer index = rules.get(rule);
    if (index != null) {
      g.writeNumberField("ruleIndex", index);
    }
  }

  private void locations(SourceLocation at) throws IOException {
    if (at.file().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeFieldName("artifactLocation");
    artifactLocation(g, at.file(), artifacts.getOrDefault(at.file(), -1));
    if (at.inSheet()) {
      // A workbook is not text: a region's lines would point into zipped XML. The sheet and the
      // cell travel as properties, as Excel names them.
      g.writeObjectFieldStart("properties");
      g.writeStringField("sheet", at.sheet());
      if (at.line() > 0) {
        g.writeStringField("cell", at.cell());
      }
      g.writeEndObject();
    } else if (at.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", at.line());
      if (at.column() > 0 && isCsv(at.file())) {
        // A CSV location's column is the field number, not a character position: a dashboard
        // would underline the wrong place, so it travels as a property instead.
        g.writeObjectFieldStart("properties");
        g.writeNumberField("csv_field", at.column());
        g.writeEndObject();
      } else if (at.column() > 0) {
        g.writeNumberField("startColumn", at.column());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
  }

  /**
   * Dashboards match results across runs by these; the key is the dataset, rule and subject, not
   * the line, so that an edit above a member's row does not make their finding look new.
   */
  private void fingerprint(String dataset, String rule, String subject) throws IOException {
    String key = dataset + "\u0000" + rule + "\u0000" + subject;
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT, Sha256.hex(key.getBytes(StandardCharsets.UTF_8)));
    g.writeEndObject();
  }

  static void artifactLocation(JsonGenerator g, String path, int index) throws IOException {
    SarifUris.Location l = SarifUris.of(path);
    g.writeStartObject();
    g.writeStringField("uri", l.uri());
    if (l.baseId() != null) {
      g.writeStringField("uriBaseId", l.baseId());
    }
    if (index >= 0) {
      g.writeNumberField("index", index);
    }
    g.writeEndObject();
  }

  private static boolean isCsv(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".csv");
  }
}
