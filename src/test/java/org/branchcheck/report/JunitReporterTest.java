package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.branchcheck.report.ReportFixture.HOURS;
import static org.branchcheck.report.ReportFixture.NOTES;
import static org.branchcheck.report.ReportFixture.dataset;
import static org.branchcheck.report.ReportFixture.finding;
import static org.branchcheck.report.ReportFixture.run;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.RunResult;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The JUnit report: valid against the Ant schema, outcomes mapped as documented, text made safe. */
public class JunitReporterTest {
  private static final Schema XSD = schema();

  private static Schema schema() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      URL xsd = JunitReporterTest.class.getResource("/schemas/junit-ant.xsd");
      return f.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void validate(String xml) throws IOException, SAXException {
    XSD.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static Stream<Path> goldenReports() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/formats"))) {
      return dirs.map(d -> d.resolve("expected.junit")).filter(Files::isRegularFile).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenReports")
  void everyScenarioReportIsValidAgainstTheAntSchema(Path report) throws Exception {
    String xml = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>");
    validate(xml);
  }

  @Test
  void theSchemaRejectsASuiteWithoutItsRequiredHostname() throws Exception {
    String xml = Files.readString(goldenReports().findFirst().orElseThrow())
        .replace(" hostname=\"localhost\"", "");
    assertThatThrownBy(() -> validate(xml)).isInstanceOf(SAXException.class)
        .hasMessageContaining("hostname");
  }

  static Stream<Arguments> hostileText() {
    return Stream.of(
        Arguments.of("markup", "<b>&amp; \"quoted\" 'single'", "<b>&amp; \"quoted\" 'single'"),
        Arguments.of("CDATA end", "a ]]> b", "a ]]> b"),
        Arguments.of("control characters", "nul\u0000 bell\u0007 esc\u001b[31m del\u007f",
            "nul\uFFFD bell\uFFFD esc\uFFFD[31m del\u007f"),
        Arguments.of("lone surrogates", "x\uD800y\uDC00", "x\uFFFDy\uFFFD"),
        Arguments.of("non-characters", "\uFFFE\uFFFF", "\uFFFD\uFFFD"),
        Arguments.of("astral characters", "𠮷 😀", "𠮷 😀"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileText")
  void hostileTextStaysWellFormedAndValid(String what, String raw, String seen) throws Exception {
    RunResult r = run(dataset(finding(HOURS, Outcome.FAIL, raw, "members.csv")));
    String xml = ReportFixture.write(new JunitReporter(), r);
    validate(xml);
    Document doc = parse(xml);
    assertThat(text(doc, "//failure/@message")).isEqualTo(seen);
    assertThat(text(doc, "//failure")).contains(": " + seen + "\n");
  }

  @Test
  void lineBreaksInAttributesBecomeSpacesAndStayInText() throws Exception {
    RunResult r = run(dataset(finding(HOURS, Outcome.FAIL, "a\r\nb\tc\rd", "members.csv")));
    Document doc = parse(ReportFixture.write(new JunitReporter(), r));
    assertThat(text(doc, "//failure/@message")).isEqualTo("a b c d");
    assertThat(text(doc, "//failure")).contains("a\nb\tc\nd");
  }

  @Test
  void warningsBelowFailOnPassAndAreListedInSystemOut() throws Exception {
    RunResult r = run(Severity.ERROR, dataset(finding(NOTES, Outcome.FAIL),
        finding(HOURS, Outcome.PASS)));
    String xml = ReportFixture.write(new JunitReporter(), r);
    validate(xml);
    Document doc = parse(xml);
    assertThat(text(doc, "//testsuite/@tests")).isEqualTo("2");
    assertThat(text(doc, "//testsuite/@failures")).isEqualTo("0");
    assertThat(count(doc, "//failure")).isZero();
    assertThat(text(doc, "//system-out")).isEqualTo("warning: data/b1/members.csv:2: 张三 fail ("
        + NOTES + "; does not fail at --fail-on error)\n");
  }

  @Test
  void failOnWarningTurnsWarningsIntoFailures() throws Exception {
    RunResult r = run(Severity.WARNING, dataset(finding(NOTES, Outcome.FAIL),
        finding(HOURS, Outcome.PASS)));
    String xml = ReportFixture.write(new JunitReporter(), r);
    validate(xml);
    Document doc = parse(xml);
    assertThat(text(doc, "//testsuite/@failures")).isEqualTo("1");
    assertThat(text(doc, "//testcase[failure]/@classname")).isEqualTo(NOTES);
    assertThat(text(doc, "//failure/@type")).isEqualTo(NOTES);
    assertThat(text(doc, "//system-out")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Outcome.class, names = {"WAIVED", "EXEMPT", "NOT_APPLICABLE"})
  void outcomesThatWereNotEnforcedAreSkipped(Outcome outcome) throws Exception {
    String xml = ReportFixture.write(new JunitReporter(),
        run(dataset(finding(HOURS, outcome))));
    validate(xml);
    Document doc = parse(xml);
    assertThat(text(doc, "//testsuite/@skipped")).isEqualTo("1");
    assertThat(text(doc, "//testsuite/@failures")).isEqualTo("0");
    assertThat(text(doc, "//skipped/@message"))
        .isEqualTo(outcome.code().replace('_', ' ') + ": 张三 " + outcome.code());
  }

  @Test
  void anUnreadableDatasetIsOneErroredCaseListingEveryProblem() throws Exception {
    RunResult r = run(ReportFixture.unreadable("data/broken",
        new Problem(new SourceLocation("members.csv", 3, 2), "org: no organisation 'B9'"),
        new Problem(SourceLocation.ofFile("orgs.csv"), "missing")));
    String xml = ReportFixture.write(new JunitReporter(), r);
    validate(xml);
    Document doc = parse(xml);
    assertThat(text(doc, "//testsuite/@errors")).isEqualTo("1");
    assertThat(text(doc, "//testsuite/@tests")).isEqualTo("1");
    assertThat(text(doc, "//testcase/@name")).isEqualTo("read dataset");
    assertThat(text(doc, "//error")).isEqualTo(
        "data/broken/members.csv:3:2: org: no organisation 'B9'\ndata/broken/orgs.csv: missing\n");
  }

  @Test
  void aRuleSetThatDoesNotLoadGivesOneSuiteNamedAfterIt() throws Exception {
    RunResult r = ReportFixture.unloaded("district.yaml",
        new Problem(new SourceLocation("district.yaml", 70, 24), "check: undefined field"));
    String xml = ReportFixture.write(new JunitReporter(), r);
    validate(xml);
    Document doc = parse(xml);
    assertThat(count(doc, "//testsuite")).isEqualTo(1);
    assertThat(text(doc, "//testsuite/@name")).isEqualTo("district.yaml");
    assertThat(text(doc, "//testsuite/@errors")).isEqualTo("1");
    assertThat(text(doc, "//error")).isEqualTo("district.yaml:70:24: check: undefined field\n");
  }

  @Test
  void timestampComesFromTheAsOfDateAndTheBytesRepeat() throws Exception {
    RunResult r = run(dataset(finding(HOURS, Outcome.FAIL)), dataset(finding(NOTES, Outcome.PASS)));
    String first = ReportFixture.write(new JunitReporter(), r);
    assertThat(ReportFixture.write(new JunitReporter(), r)).isEqualTo(first);
    Document doc = parse(first);
    assertThat(text(doc, "//testsuite[1]/@timestamp")).isEqualTo("2005-08-31T00:00:00");
    assertThat(List.of(text(doc, "//testsuite[1]/@id"), text(doc, "//testsuite[2]/@id")))
        .containsExactly("0", "1");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String text(Document doc, String xpath) throws Exception {
    return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc,
        XPathConstants.STRING);
  }

  private static int count(Document doc, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc,
        XPathConstants.NODESET)).getLength();
  }
}
