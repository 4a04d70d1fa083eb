package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.branchcheck.report.ReportFormat;
import org.branchcheck.report.XlsxDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** --fail-on, --failures-only and --redact, over the mixed and exempt-waived scenarios. */
class ReportOptionsTest {
  private static final String RULES = "src/test/resources/formats/rules.yaml";
  private static final String MIXED = "src/test/resources/formats/mixed/input";
  private static final String WAIVED = "src/test/resources/formats/exempt-waived/input";
  /** Every person named in those two scenarios' records. */
  private static final List<String> PEOPLE = List.of("张三", "李娜", "刘洋", "赵敏", "孙丽",
      "张德明", "陈秀珍", "高峰", "夏明", "周建国");

  private static ScenarioTest.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("check", "--rules", RULES, "--as-of",
        "2005-08-31"));
    all.addAll(List.of(args));
    return check(all);
  }

  /**
   * Runs the command; a binary format asked for with {@code --format} goes to a temporary file
   * instead, and the output is then the file's text dump.
   */
  private static ScenarioTest.Result check(List<String> args) {
    List<String> all = new ArrayList<>(args);
    int format = all.indexOf("--format");
    Path file = null;
    try {
      if (format >= 0 && ReportFormat.valueOf(all.get(format + 1).toUpperCase(Locale.ROOT))
          .reporter().binary()) {
        file = Files.createTempFile("branchcheck-report-", "." + all.get(format + 1));
        all.set(format, "--output");
        all.set(format + 1, all.get(format + 1) + "=" + file);
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = ScenarioTest.run(all, out, err);
      String report = file == null ? out.toString()
          : Files.size(file) == 0 ? "" : XlsxDump.of(file);
      return new ScenarioTest.Result(exit, report, err.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
  }

  static Stream<Arguments> failOn() {
    return Stream.of(
        // dataset, --fail-on, exit: the exempt-waived branch has only a warning left
        Arguments.of(WAIVED, "error", 0),
        Arguments.of(WAIVED, "warning", 1),
        Arguments.of(WAIVED, "WARNING", 1),
        Arguments.of(MIXED, "error", 1),
        Arguments.of(MIXED, "warning", 1),
        Arguments.of("src/test/resources/formats/all-pass/input", "warning", 0));
  }

  @ParameterizedTest(name = "{0} --fail-on {1} exits {2}")
  @MethodSource("failOn")
  void failOnDecidesTheExitCodeWhateverTheFormat(String dataset, String severity, int exit) {
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(run("--fail-on", severity, "--format", f.toString(), dataset).exit())
          .as(f.toString()).isEqualTo(exit);
    }
  }

  @Test
  void failuresOnlyLeavesPassesOutOfTheListingButNotOutOfTheCounts() {
    String all = run("--format", "json", MIXED).out();
    String failures = run("--format", "json", "--failures-only", MIXED).out();
    assertThat(all).contains("\"outcome\" : \"pass\"");
    assertThat(failures).doesNotContain("\"outcome\" : \"pass\"")
        .contains("\"outcome\" : \"fail\"")
        .contains("\"failures_only\" : true");
    assertThat(summary(failures)).isEqualTo(summary(all));
  }

  private static String summary(String json) {
    return json.substring(json.indexOf("\"summary\""), json.indexOf("\"problems\""));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void redactReplacesEveryNameInEveryFormat(ReportFormat format) {
    for (String dataset : List.of(MIXED, WAIVED)) {
      String plain = run("--format", format.toString(), dataset).out();
      String redacted = run("--format", format.toString(), "--redact", dataset).out();
      if (format != ReportFormat.GITHUB && format != ReportFormat.SARIF
          && format != ReportFormat.JUNIT && format != ReportFormat.CSV) {
        // the formats that list passes name everyone; the others at least the failing
        assertThat(PEOPLE.stream().filter(plain::contains)).isNotEmpty();
      }
      assertThat(PEOPLE).allSatisfy(name -> assertThat(redacted).doesNotContain(name));
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void redactHidesTheNamesOfLookAlikeEssaysFromOtherDatasetsToo(ReportFormat format) {
    List<String> args = List.of("check", "--rules", "src/test/resources/formats/essay-rules.yaml",
        "--as-of", "2005-08-31", "--format", format.toString(),
        "src/test/resources/formats/essays/input");
    String plain = runOut(args);
    List<String> redactedArgs = new ArrayList<>(args);
    redactedArgs.add("--redact");
    String redacted = runOut(redactedArgs);
    assertThat(plain).contains("赵敏");
    assertThat(List.of("李娜", "赵敏", "王磊"))
        .allSatisfy(name -> assertThat(redacted).doesNotContain(name));
  }

  private static String runOut(List<String> args) {
    return check(args).out();
  }

  @Test
  void pseudonymsAreTheSameInEveryFormatAndEveryRun() {
    Pattern pseudonym = Pattern.compile("党员-[0-9A-Z]{6}");
    List<String> first = null;
    for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.CSV,
        ReportFormat.MARKDOWN)) {
      String out = run("--format", f.toString(), "--redact", "--failures-only", MIXED).out();
      Matcher m = pseudonym.matcher(out);
      List<String> found = new ArrayList<>();
      while (m.find()) {
        if (!found.contains(m.group())) {
          found.add(m.group());
        }
      }
      found.sort(null);
      assertThat(found).as(f.toString()).isNotEmpty();
      if (first == null) {
        first = found;
      } else {
        assertThat(found).as(f.toString()).isEqualTo(first);
      }
    }
    assertThat(run("--format", "text", "--redact", MIXED).out())
        .isEqualTo(run("--format", "text", "--redact", MIXED).out());
  }
}
