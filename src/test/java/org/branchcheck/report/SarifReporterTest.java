package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchcheck.report.ReportFixture.HOURS;
import static org.branchcheck.report.ReportFixture.NOTES;
import static org.branchcheck.report.ReportFixture.dataset;
import static org.branchcheck.report.ReportFixture.finding;
import static org.branchcheck.report.ReportFixture.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF report: valid against the OASIS schema, outcomes mapped as SARIF defines them. */
public class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  /**
   * The OASIS schema declares draft-04. Format checks ({@code uri}, {@code uri-reference}) are
   * switched on explicitly: they are what catches an unencoded file name.
   */
  private static JsonSchema schema() {
    try (InputStream in = SarifReporterTest.class.getResourceAsStream(
        "/schemas/sarif-schema-2.1.0.json")) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Set<ValidationMessage> errors(JsonNode sarif) {
    return SCHEMA.validate(sarif);
  }

  static Stream<Path> goldenReports() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/formats"))) {
      return dirs.map(d -> d.resolve("expected.sarif")).filter(Files::isRegularFile).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenReports")
  void everyScenarioReportIsValidSarif(Path report) throws IOException {
    JsonNode sarif = JSON.readTree(report.toFile());
    assertThat(errors(sarif)).isEmpty();
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "/version                                       | 2.0.0",
      "/runs/0/results/0/level                        | fatal",
      "/runs/0/results/0/kind                         | broken",
      "/runs/0/artifacts/0/location/uri               | 党员 名册.csv",
      "/runs/0/results/0/locations/0/physicalLocation/region/startLine | 0"})
  void theValidatorRejectsABrokenDocument(String pointer, String value) throws IOException {
    JsonNode sarif = JSON.readTree(Path.of("src/test/resources/formats/mixed/expected.sarif")
        .toFile());
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) sarif.at(pointer.substring(0, slash));
    String field = pointer.substring(slash + 1);
    if (parent.get(field).isNumber()) {
      parent.put(field, Integer.parseInt(value));
    } else {
      parent.put(field, value);
    }
    assertThat(errors(sarif)).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.startsWith(pointer + ":"));
  }

  @Test
  void theValidatorRejectsAResultWithoutMessage() throws IOException {
    JsonNode sarif = JSON.readTree(Path.of("src/test/resources/formats/mixed/expected.sarif")
        .toFile());
    ((ObjectNode) sarif.at("/runs/0/results/0")).remove("message");
    assertThat(errors(sarif)).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.startsWith("/runs/0/results/0:") && m.contains("message"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "data/members.csv          | data/members.csv                          | %SRCROOT%",
      "第一支部/党员名册.csv        | %E7%AC%AC%E4%B8%80%E6%94%AF%E9%83%A8/%E5%85%9A%E5%91%98%E5%90%8D%E5%86%8C.csv | %SRCROOT%",
      "my data/a b.csv           | my%20data/a%20b.csv                       | %SRCROOT%",
      "x#1?.csv                  | x%231%3F.csv                              | %SRCROOT%",
      "100%.csv                  | 100%25.csv                                | %SRCROOT%",
      "a:b/c.csv                 | a%3Ab/c.csv                               | %SRCROOT%",
      "../up/(1)+[2].csv         | ../up/(1)+%5B2%5D.csv                     | %SRCROOT%",
      "/srv/支部 1/x.csv         | file:///srv/%E6%94%AF%E9%83%A8%201/x.csv  | ''",
      "C:/数据/x.csv             | file:///C:/%E6%95%B0%E6%8D%AE/x.csv       | ''"})
  void fileNamesBecomeValidUriReferences(String path, String uri, String base) {
    SarifUris.Location l = SarifUris.of(path);
    assertThat(l.uri()).isEqualTo(uri);
    assertThat(l.baseId()).isEqualTo(base.isEmpty() ? null : base);
    String decoded = URI.create(l.uri()).getPath();
    assertThat(decoded).isEqualTo(path.startsWith("C:") ? "/" + path : path);
  }

  @Test
  void aReportOnFilesWithSpacesAndChineseNamesIsValid() {
    Finding f = finding(HOURS, Outcome.FAIL, "张三 学时不足", "党员名册 (2005).csv");
    JsonNode sarif = sarif(run(dataset("报送/第一 支部#1", "党员名册 (2005).csv", List.of(f))));
    assertThat(errors(sarif)).isEmpty();
    JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(
        SarifUris.encode("报送/第一 支部#1/党员名册 (2005).csv"));
    assertThat(URI.create(location.at("/artifactLocation/uri").asText()).getPath())
        .isEqualTo("报送/第一 支部#1/党员名册 (2005).csv");
    assertThat(location.at("/artifactLocation/index").asInt()).isZero();
    assertThat(sarif.at("/runs/0/artifacts/0/location/uri").asText())
        .isEqualTo(location.at("/artifactLocation/uri").asText());
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({
      "FAIL,           member.study-hours, fail,          error,   false",
      "FAIL,           member.study-notes, fail,          warning, false",
      "WAIVED,         member.study-hours, fail,          error,   true",
      "PASS,           member.study-hours, pass,          none,    false",
      "EXEMPT,         member.study-hours, notApplicable, none,    false",
      "NOT_APPLICABLE, member.study-notes, notApplicable, none,    false"})
  void outcomesMapToKindLevelAndSuppression(Outcome outcome, String rule, String kind,
      String level, boolean suppressed) {
    JsonNode sarif = sarif(run(dataset(finding(rule, outcome))));
    assertThat(errors(sarif)).isEmpty();
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.path("ruleId").asText()).isEqualTo(rule);
    assertThat(result.path("ruleIndex").asInt()).isEqualTo(rule.equals(HOURS) ? 0 : 1);
    assertThat(result.path("kind").asText()).isEqualTo(kind);
    assertThat(result.path("level").asText()).isEqualTo(level);
    assertThat(result.has("suppressions")).isEqualTo(suppressed);
  }

  @Test
  void aWaiverIsAnAcceptedExternalSuppression() {
    Finding f = finding(HOURS, Outcome.WAIVED, "高峰 0 学时（已批准例外：住院治疗）", "members.csv");
    JsonNode suppression = sarif(run(dataset(f))).at("/runs/0/results/0/suppressions/0");
    assertThat(suppression.path("kind").asText()).isEqualTo("external");
    assertThat(suppression.path("status").asText()).isEqualTo("accepted");
    assertThat(suppression.path("justification").asText()).isEqualTo(f.message());
  }

  @ParameterizedTest(name = "fail-on {0}")
  @CsvSource({"ERROR, 0", "WARNING, 1"})
  void theInvocationCarriesTheExitCodeWhileLevelsFollowSeverity(Severity failOn, int exit) {
    JsonNode sarif = sarif(run(failOn, dataset(finding(NOTES, Outcome.FAIL))));
    assertThat(sarif.at("/runs/0/invocations/0/exitCode").asInt()).isEqualTo(exit);
    assertThat(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(sarif.at("/runs/0/results/0/level").asText()).isEqualTo("warning");
  }

  @Test
  void fingerprintsFollowDatasetRuleAndSubjectNotTheLine() {
    Finding here = finding(HOURS, Outcome.FAIL);
    Finding moved = new Finding(here.rule(), here.title(), here.scope(), here.stage(),
        here.subject(), here.subjectName(), here.org(), here.outcome(), here.severity(),
        "changed message", new SourceLocation("members.csv", 40, 0));
    Finding other = new Finding(here.rule(), here.title(), here.scope(), here.stage(), "M2",
        "李四", here.org(), here.outcome(), here.severity(), here.message(), here.at());
    String a = fingerprint(dataset(here));
    assertThat(fingerprint(dataset(moved))).isEqualTo(a);
    assertThat(fingerprint(dataset(other))).isNotEqualTo(a);
    assertThat(fingerprint(dataset("data/b2", "members.csv", List.of(here)))).isNotEqualTo(a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "members.csv, 3, 4, '', 4",
      "branch.yaml, 3, 4, 4, ''",
      "branch.yaml, 0, 0, '', ''"})
  void columnsAreCharacterColumnsOnlyOutsideCsv(String file, int line, int column,
      String startColumn, String csvField) {
    Finding f = new Finding(HOURS, "t", Scope.MEMBER, Stage.CHECK, "M1", "张三", "B1",
        Outcome.FAIL, Severity.ERROR, "m", new SourceLocation(file, line, column));
    JsonNode location = sarif(run(dataset("d", file, List.of(f))))
        .at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(location.has("region")).isEqualTo(line > 0);
    assertThat(location.at("/region/startColumn").asText()).isEqualTo(startColumn);
    assertThat(location.at("/region/properties/csv_field").asText()).isEqualTo(csvField);
  }

  @Test
  void aWorkbookCellIsASheetAndCellNotARegionOfTheZippedFile() {
    Finding f = new Finding(HOURS, "t", Scope.MEMBER, Stage.CHECK, "M1", "张三", "B1",
        Outcome.FAIL, Severity.ERROR, "m", new SourceLocation("台账.xlsx", "党员名册", 12, 4));
    JsonNode sarif = sarif(run(dataset("d", "台账.xlsx", List.of(f))));
    JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");

    assertThat(errors(sarif)).isEmpty();
    assertThat(location.has("region")).isFalse();
    assertThat(location.at("/properties/sheet").asText()).isEqualTo("党员名册");
    assertThat(location.at("/properties/cell").asText()).isEqualTo("D12");
  }

  @Test
  void inputProblemsAreErrorResultsOfTheirOwnRule() {
    RunResult r = run(ReportFixture.unreadable("data/broken",
        new Problem(new SourceLocation("members.csv", 3, 2), "org: no organisation 'B9'")));
    JsonNode sarif = sarif(r);
    assertThat(errors(sarif)).isEmpty();
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.path("ruleId").asText()).isEqualTo(SarifReporter.INPUT_ERROR);
    assertThat(result.path("ruleIndex").asInt()).isEqualTo(2);
    assertThat(sarif.at("/runs/0/tool/driver/rules/2/id").asText())
        .isEqualTo(SarifReporter.INPUT_ERROR);
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("data/broken/members.csv");
    assertThat(sarif.at("/runs/0/invocations/0/exitCode").asInt()).isEqualTo(2);
  }

  @Test
  void aRuleSetThatDoesNotLoadStillGivesValidSarif() {
    JsonNode sarif = sarif(ReportFixture.unloaded("district.yaml",
        new Problem(new SourceLocation("district.yaml", 70, 24), "check: undefined field")));
    assertThat(errors(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isEqualTo(1);
    assertThat(sarif.at("/runs/0/artifacts").size()).isZero();
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startColumn")
        .asInt()).isEqualTo(24);
  }

  @Test
  void aPassWithoutMessageIsNamedBySubjectAndTitle() {
    JsonNode sarif = sarif(run(dataset(finding(HOURS, Outcome.PASS, "", "members.csv"))));
    assertThat(sarif.at("/runs/0/results/0/message/text").asText()).isEqualTo("张三 title");
  }

  @Test
  void ruleNamesReadAsIdentifiers() {
    assertThat(SarifReporter.name("member.study-hours")).isEqualTo("MemberStudyHours");
    assertThat(SarifReporter.name("org.transition")).isEqualTo("OrgTransition");
  }

  private static JsonNode sarif(RunResult run) {
    try {
      return JSON.readTree(ReportFixture.write(new SarifReporter(), run));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fingerprint(CheckResult d) {
    return sarif(run(d)).at("/runs/0/results/0/partialFingerprints")
        .path(SarifResults.FINGERPRINT).asText();
  }
}
