package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The HTML report must stand alone (nothing fetched), parse as XML as well as HTML, carry its two
 * charts, and never let users' text become markup. The golden files of the format scenarios are
 * the reports checked here; hostile names come from a dataset written for the test.
 */
class HtmlReporterTest {
  private static final Path FORMATS = Path.of("src/test/resources/formats");
  private static final Pattern XMLNS = Pattern.compile("\\sxmlns(:\\w+)?=\"[^\"]*\"");
  private static final String SCRIPT = "<script>alert(1)</script>";

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(FORMATS)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  private static String golden(String scenario) throws IOException {
    return Files.readString(FORMATS.resolve(scenario).resolve("expected.html"),
        StandardCharsets.UTF_8);
  }

  /** Parses with the JDK's parser; the name-only {@code <!DOCTYPE html>} is allowed. */
  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyReportIsWellFormedXml(String scenario) throws Exception {
    Document doc = parse(golden(scenario));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(doc.getDoctype().getName()).isEqualTo("html");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void referencesNothingOutsideTheFile(String scenario) throws IOException {
    String html = golden(scenario);
    String withoutNamespaces = XMLNS.matcher(html).replaceAll("");
    assertThat(withoutNamespaces).doesNotContain("http:", "https:", "//", "url(", "@import",
        "<script", "<link", "<img", "src=");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void drawsThePassRateAndHoursCharts(String scenario) throws IOException {
    String html = golden(scenario);
    assertThat(count(html, "<svg")).isGreaterThanOrEqualTo(2);
    assertThat(html).contains("aria-label=\"各组织党员达标率\"", "aria-label=\"党员学时分布\"");
  }

  @Test
  void oneDatasetHasTwoChartsAndABatchAddsTwoPerDataset() throws IOException {
    assertThat(count(golden("mixed"), "<svg")).as("one hours chart per dataset and the run")
        .isEqualTo(5);
    assertThat(count(golden("exempt-waived"), "<svg")).isEqualTo(2);
  }

  @Test
  void theHoursChartDrawsTheRequiredHoursAsALabelledLine() throws IOException {
    String html = golden("exempt-waived");
    assertThat(html).contains(">10 学时</text>").contains("stroke-dasharray=\"6 3\"");
  }

  @Test
  void anOrganisationWithoutAssessedMembersShowsADash() throws IOException {
    assertThat(golden("empty")).contains("—（无参评党员）");
  }

  @Test
  void hostileNamesAreTextNotMarkup(@TempDir Path dir) throws Exception {
    String org = "甲&乙 <b>支部</b> \"x\" 'y'";
    String html = HostileDataset.report(dir, "html", org, SCRIPT);

    assertThat(html).doesNotContain(SCRIPT, "<b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("甲&amp;乙 &lt;b&gt;支部&lt;/b&gt; \"x\" 'y'");
    Document doc = parse(html);
    NodeList cells = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate("//*[local-name()='td']", doc, XPathConstants.NODESET);
    boolean found = false;
    for (int i = 0; i < cells.getLength(); i++) {
      found |= cells.item(i).getTextContent().equals("<script>alert(1)</script>（M01）");
    }
    assertThat(found).as("the member's name reads back unchanged").isTrue();
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "b").getLength()).isZero();
  }

  @Test
  void aRuleSetThatDoesNotLoadGivesAWellFormedReportOfTheProblem() throws Exception {
    StringWriter out = new StringWriter();
    int exit = HostileDataset.run(List.of("check", "--rules", "no-such-rules.yaml", "--as-of",
        "2005-08-31", "--format", "html", "examples/single-branch/branch.yaml"), out,
        new StringWriter());
    assertThat(exit).isEqualTo(2);
    parse(out.toString());
    assertThat(out.toString()).contains("输入有误", "no-such-rules.yaml").doesNotContain("<svg");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "\u0008", "\u000B", "\u001F", "\u007F", "\uFFFE", "\uD800"})
  void charactersXmlForbidsBecomeReplacementCharacters(String bad) throws Exception {
    String escaped = Html.escape("a" + bad + "b");
    assertThat(escaped).isEqualTo("a\uFFFDb");
    parse("<p>" + escaped + "</p>");
  }

  @Test
  void escapingKeepsLineBreaksAndSupplementaryCharacters() {
    assertThat(Html.escape("一\r\n二\r三\n四")).isEqualTo("一\n二\n三\n四");
    assertThat(Html.escape("𠀀")).isEqualTo("𠀀");
  }

  @Test
  void theStyleSheetCannotBreakTheXml() {
    assertThat(HtmlStyle.CSS).doesNotContain("<", "&");
  }

  @Test
  void longOrganisationNamesAreShortenedToFitTheChart() {
    String name = "安徽省人民政府驻沪单位党委机关第一党支部（办公室、秘书处、信息处、经济联络处）";
    String fitted = SvgCharts.fit(name, 200);
    assertThat(fitted).endsWith("…");
    assertThat(SvgCharts.width(fitted)).isLessThanOrEqualTo(200);
    assertThat(SvgCharts.fit("第一支部", 200)).isEqualTo("第一支部");
  }

  @Test
  void theSameResultGivesTheSameBytes(@TempDir Path dir) throws IOException {
    String first = HostileDataset.report(dir, "html", "第一支部", "张三");
    String second = HostileDataset.report(dir, "html", "第一支部", "张三");
    assertThat(second).isEqualTo(first);
    Matcher m = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(first);
    List<String> dates = m.results().map(r -> r.group()).distinct().toList();
    assertThat(dates).as("only dates from the input, no clock").containsOnly("2005-08-31");
  }
}
