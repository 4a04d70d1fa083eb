package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.branchcheck.report.ReportFixture.finding;
import static org.branchcheck.report.ReportFixture.named;
import static org.branchcheck.report.ReportFixture.run;
import static org.branchcheck.report.ReportFixture.unreadable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.DatasetSource;
import org.branchcheck.engine.Finding;
import org.branchcheck.engine.HoursHistogram;
import org.branchcheck.engine.OrgVerdict;
import org.branchcheck.engine.Outcome;
import org.branchcheck.engine.PrunedCounts;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RunResult;
import org.branchcheck.io.ReadMessage;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReporterTest {
  private static final String RED = "FFC7CE";
  private static final String AMBER = "FFEB9C";

  private static byte[] write(XlsxReporter reporter, RunResult run) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      reporter.write(run, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static XSSFWorkbook open(RunResult run) throws IOException {
    return open(write(new XlsxReporter(), run));
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
  }

  /** The rows below the heading of a table sheet, as the golden files print cells. */
  private static List<List<String>> rows(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(XlsxDump.cell(row.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The fill colour of a row's first cell, "" when it has none. */
  private static String fill(Row row) {
    XSSFColor color = ((XSSFCellStyle) row.getCell(0).getCellStyle()).getFillForegroundXSSFColor();
    return color == null ? "" : color.getARGBHex().substring(2);
  }

  private static CheckResult withVerdicts(String path, List<Finding> findings,
      OrgVerdict... verdicts) {
    return new CheckResult(new DatasetSource(path, path, "支部", List.of()), Map.of(), findings,
        List.of(verdicts), List.of(), List.of(), HoursHistogram.empty(40), List.of(),
        PrunedCounts.NONE);
  }

  private static OrgVerdict verdict(String id, String kind, boolean transition, long warnings) {
    return new OrgVerdict(id, "组织" + id, kind, "", kind.startsWith("temp"), transition, 3,
        transition ? 0 : 1, warnings, transition ? 0 : 1, 0,
        transition ? List.of() : List.of(ReportFixture.HOURS));
  }

  @Test
  void theSameRunGivesTheSameBytesWhateverTheClockOrTimeZone() throws Exception {
    RunResult run = run(named("data/b01", "第一支部", List.of(
        finding(Outcome.FAIL, Severity.ERROR), finding(Outcome.PASS, Severity.WARNING))));
    TimeZone zone = TimeZone.getDefault();
    byte[] first;
    byte[] second;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      first = write(new XlsxReporter(), run);
      // longer than the two seconds of a zip entry's time and the one of the creation date
      Thread.sleep(2100);
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      second = write(new XlsxReporter(), run);
    } finally {
      TimeZone.setDefault(zone);
    }
    assertThat(second).isEqualTo(first);
    try (XSSFWorkbook book = open(first)) {
      assertThat(book.getProperties().getCoreProperties().getUnderlyingProperties()
          .getCreatedPropertyString()).isEqualTo("2005-08-31T00:00:00Z");
    }
  }

  @Test
  void everyZipEntryHasOneTimeThatIsNotTheClocks() throws IOException {
    byte[] bytes = write(new XlsxReporter(), run(named("a", "甲",
        List.of(finding(Outcome.FAIL, Severity.ERROR)))));
    List<Long> times = new ArrayList<>();
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Collections.list(zip.getEntries()).forEach(e -> times.add(e.getTime()));
    }
    assertThat(times).hasSizeGreaterThan(5);
    assertThat(times.stream().distinct()).hasSize(1);
    assertThat(Math.abs(System.currentTimeMillis() - times.get(0)))
        .isGreaterThan(Duration.ofDays(2).toMillis());
  }

  @Test
  void hasTheSummaryALevelSheetPerKindPresentInOrderAndTheFindings() throws IOException {
    RunResult run = run(withVerdicts("a", List.of(finding(Outcome.PASS, Severity.ERROR)),
        verdict("B1", "branch", true, 0), verdict("C1", "committee", true, 0),
        verdict("T1", "temp_branch", true, 0), verdict("X1", "no-such-kind", true, 0)));
    try (XSSFWorkbook book = open(run)) {
      assertThat(sheetNames(book)).containsExactly("汇总", "党委", "党支部", "临时党支部",
          "其他组织", "检查结果");
      assertThat(rows(book.getSheet("临时党支部")).get(0).get(4)).isEqualTo("—（临时组织）");
      assertThat(rows(book.getSheet("党委")).get(0).get(4)).isEqualTo("是");
    }
  }

  @Test
  void inputProblemsHaveASheetOnlyWhenThereAreAnyInTheRunsLanguage() throws IOException {
    Problem problem = Problem.of(new SourceLocation("sessions.csv", 2, 5), ReadMessage.VALUE_BAD,
        "hours", "三", "a number");
    for (Lang lang : Lang.values()) {
      RunResult run = run(new ReportOptions(Severity.ERROR, false, false, lang),
          List.of(new Problem(SourceLocation.ofFile("missing"), "no such file or folder")),
          unreadable("broken", problem), named("good", "好", List.of()));
      try (XSSFWorkbook book = open(run)) {
        assertThat(sheetNames(book)).last().isEqualTo("输入问题");
        assertThat(rows(book.getSheet("输入问题"))).containsExactly(
            List.of("", "missing", "no such file or folder"),
            List.of("broken", "broken/sessions.csv:2:5", problem.message(lang)));
      }
    }
    assertThat(problem.message(Lang.ZH)).isNotEqualTo(problem.message(Lang.EN));
    try (XSSFWorkbook book = open(run(named("good", "好", List.of())))) {
      assertThat(sheetNames(book)).doesNotContain("输入问题");
    }
  }

  @Test
  void failingRowsAreRedWarningsAmberAndFailOnWarningMakesWarningsRed() throws IOException {
    List<Finding> findings = List.of(finding(Outcome.FAIL, Severity.ERROR),
        finding(Outcome.FAIL, Severity.WARNING), finding(Outcome.PASS, Severity.ERROR),
        finding(Outcome.WAIVED, Severity.ERROR));
    try (XSSFWorkbook book = open(run(named("a", "甲", findings)))) {
      Sheet sheet = book.getSheet("检查结果");
      assertThat(IntStream.rangeClosed(1, 4).mapToObj(r -> fill(sheet.getRow(r))))
          .containsExactly(RED, AMBER, "", "");
      assertThat(fill(sheet.getRow(0))).as("heading").isEmpty();
      assertThat(((XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle()).getFont().getBold())
          .as("heading").isTrue();
    }
    try (XSSFWorkbook book = open(run(Severity.WARNING, named("a", "甲", findings)))) {
      Sheet sheet = book.getSheet("检查结果");
      assertThat(fill(sheet.getRow(2))).isEqualTo(RED);
    }
  }

  @Test
  void organisationsThatMayNotTransitionAreRedThoseWithWarningsAmber() throws IOException {
    RunResult run = run(withVerdicts("a", List.of(finding(Outcome.FAIL, Severity.ERROR)),
        verdict("B1", "branch", false, 0), verdict("B2", "branch", true, 2),
        verdict("B3", "branch", true, 0)));
    try (XSSFWorkbook book = open(run)) {
      Sheet sheet = book.getSheet("党支部");
      assertThat(IntStream.rangeClosed(1, 3).mapToObj(r -> fill(sheet.getRow(r))))
          .containsExactly(RED, AMBER, "");
      assertThat(rows(sheet).stream().map(r -> r.get(4))).containsExactly("否", "是", "是");
    }
  }

  @Test
  void theSummaryHasNumbersAsNumbersAndMarksFailedAndUnreadableDatasets() throws IOException {
    RunResult run = run(ReportOptions.DEFAULT, List.of(),
        withVerdicts("a", List.of(finding(Outcome.FAIL, Severity.ERROR)),
            verdict("B1", "branch", false, 0), verdict("B2", "branch", true, 0)),
        unreadable("b", new Problem(SourceLocation.ofFile("x.csv"), "bad")),
        withVerdicts("c", List.of(), verdict("B3", "branch", true, 0)));
    try (XSSFWorkbook book = open(run)) {
      Sheet sheet = book.getSheet("汇总");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
      Row a = sheet.getRow(4);
      assertThat(a.getCell(0).getStringCellValue()).isEqualTo("a");
      assertThat(a.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(a.getCell(3).getNumericCellValue()).isEqualTo(2);
      assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(0.5);
      assertThat(a.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(Stream.of(4, 5, 6, 7).map(r -> fill(sheet.getRow(r))))
          .containsExactly(RED, RED, "", RED);
      assertThat(XlsxDump.cell(sheet.getRow(7).getCell(0))).isEqualTo("合计");
      assertThat(XlsxDump.cell(sheet.getRow(7).getCell(3))).isEqualTo("#3");
      assertThat(book.getSheet("汇总").getCTWorksheet().getAutoFilter().getRef())
          .as("the total is outside the filter").isEqualTo("A4:I7");
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"点此\")", "+1+1", "-2+3",
        "@SUM(A1)", "=1+1");
    List<Finding> findings = hostile.stream().map(t -> finding(ReportFixture.HOURS, t,
        Outcome.FAIL, Severity.ERROR, t, t, new SourceLocation("m.csv", 2, 0))).toList();
    try (XSSFWorkbook book = open(run(named("=data", "-name", findings)))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(
                CellType.FORMULA);
          }
        }
      }
      Sheet sheet = book.getSheet("检查结果");
      for (int i = 0; i < hostile.size(); i++) {
        Cell message = sheet.getRow(i + 1).getCell(8);
        assertThat(message.getCellType()).isEqualTo(CellType.STRING);
        assertThat(message.getStringCellValue()).isEqualTo(hostile.get(i));
        assertThat(message.getCellStyle().getQuotePrefixed())
            .as("editing the cell keeps it text").isTrue();
      }
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=data");
    }
  }

  static Stream<Arguments> hostileText() {
    return Stream.of(
        Arguments.of("control characters", "nul\u0000 bell\u0007 esc\u001b[31m vt\u000b",
            "nul\uFFFD bell\uFFFD esc\uFFFD[31m vt\uFFFD"),
        Arguments.of("lone surrogates", "x\uD800y\uDC00", "x\uFFFDy\uFFFD"),
        Arguments.of("non-characters", "\uFFFE\uFFFF", "\uFFFD\uFFFD"),
        Arguments.of("line breaks", "一\r\n二\r三\n四\t五", "一\n二\n三\n四\t五"),
        Arguments.of("astral characters", "𠮷 😀", "𠮷 😀"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileText")
  void charactersXmlCannotCarryAreReplacedVisibly(String what, String text, String shown)
      throws IOException {
    RunResult run = run(named("a" + text, "甲", List.of(finding(ReportFixture.HOURS, text,
        Outcome.FAIL, Severity.ERROR, text, text, new SourceLocation(text, 2, 0)))));
    try (XSSFWorkbook book = open(run)) {
      Row row = book.getSheet("检查结果").getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("a" + shown);
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo(shown);
      assertThat(row.getCell(8).getStringCellValue()).isEqualTo(shown);
    }
  }

  /**
   * Text of {@code length} characters drawn at random from {@code from} to {@code to}: a real
   * reader refuses a sheet that inflates a hundredfold, as one character repeated would.
   */
  private static String varied(int length, int from, int to) {
    Random random = new Random(length);
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.appendCodePoint(from + random.nextInt(to - from));
    }
    return b.toString();
  }

  @Test
  void textLongerThanACellHoldsIsCutAndSaysSo() throws IOException {
    String whole = varied(XlsxCells.MAX_TEXT, 0x4E00, 0x9FA5);
    String long40k = varied(40_000, 0x4E00, 0x9FA5);
    String astral = varied(40_000, 0x20000, 0x2A6D6);
    // one of the two falls with the cut between the halves of a character, whatever the marker
    List<Finding> findings = Stream.of(whole, long40k, astral, "x" + astral).map(t -> finding(
        ReportFixture.HOURS, "t", Outcome.FAIL, Severity.ERROR, "张三", t,
        new SourceLocation("m.csv", 2, 0))).toList();
    try (XSSFWorkbook book = open(run(named("a", "甲", findings)))) {
      Sheet sheet = book.getSheet("检查结果");
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo(whole);
      List<String> originals = List.of(long40k, astral, "x" + astral);
      for (int i = 0; i < originals.size(); i++) {
        String cut = sheet.getRow(i + 2).getCell(8).getStringCellValue();
        assertThat(cut.length()).isLessThanOrEqualTo(XlsxCells.MAX_TEXT)
            .isGreaterThan(XlsxCells.MAX_TEXT - 50);
        assertThat(cut).endsWith("）").contains("已截断", "原文 " + originals.get(i).length());
        String kept = cut.substring(0, cut.indexOf("…（已截断"));
        assertThat(kept.length()).isGreaterThan(30_000);
        assertThat(originals.get(i)).as("cut whole characters, the rest unchanged")
            .startsWith(kept);
        assertThat(kept.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
      }
    }
  }

  @Test
  void aTableLongerThanASheetContinuesOnNumberedSheetsEachWithItsHeading() throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      findings.add(finding(ReportFixture.HOURS, "t", Outcome.FAIL, Severity.ERROR, "张三",
          "第 " + i + " 条", new SourceLocation("m.csv", i + 2, 0)));
    }
    try (XSSFWorkbook book = open(write(new XlsxReporter(10), run(named("a", "甲", findings))))) {
      assertThat(sheetNames(book)).containsExactly("汇总", "检查结果", "检查结果 (2)",
          "检查结果 (3)");
      List<String> messages = new ArrayList<>();
      for (String name : List.of("检查结果", "检查结果 (2)", "检查结果 (3)")) {
        Sheet sheet = book.getSheet(name);
        assertThat(sheet.getLastRowNum()).as(name).isLessThan(10);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("数据集");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(book.getSheet(name).getCTWorksheet().getAutoFilter().getRef())
            .isEqualTo("A1:J" + (sheet.getLastRowNum() + 1));
        rows(sheet).forEach(r -> messages.add(r.get(8)));
      }
      assertThat(messages).containsExactlyElementsOf(
          IntStream.range(0, 25).mapToObj(i -> "第 " + i + " 条").toList());
    }
  }

  @Test
  void theSummaryContinuesTooWithItsTotalLast() throws IOException {
    List<CheckResult> datasets = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      datasets.add(named("d" + i, "支部" + i, List.of()));
    }
    RunResult run = run(datasets.toArray(CheckResult[]::new));
    try (XSSFWorkbook book = open(write(new XlsxReporter(8), run))) {
      assertThat(sheetNames(book)).startsWith("汇总", "汇总 (2)");
      List<List<String>> rest = rows(book.getSheet("汇总 (2)"));
      assertThat(rest.get(rest.size() - 1).get(0)).isEqualTo("合计");
      assertThat(rest.stream().map(r -> r.get(0))).containsExactly("d4", "d5", "d6", "d7",
          "合计");
    }
  }

  @Test
  void redactedNamesStayRedactedAndTheSummarySaysSo(@TempDir Path dir) throws IOException {
    String dump = XlsxDump.of(HostileDataset.workbook(dir, "第一支部", "欧阳建国", "--redact"));
    assertThat(dump).doesNotContain("欧阳建国").containsPattern("党员-[0-9A-Z]{6}");
    assertThat(dump.lines().filter(l -> l.startsWith("2 ")).findFirst().orElseThrow())
        .endsWith("\t是\t否");
    assertThat(XlsxDump.of(HostileDataset.workbook(dir, "第一支部", "欧阳建国")))
        .contains("欧阳建国");
  }

  @Test
  void failuresOnlyListsOnlyWhatNeedsALook() throws IOException {
    RunResult run = run(new ReportOptions(Severity.ERROR, true, false), List.of(),
        named("a", "甲", List.of(finding(Outcome.PASS, Severity.ERROR),
            finding(Outcome.NOT_APPLICABLE, Severity.ERROR),
            finding(Outcome.EXEMPT, Severity.ERROR), finding(Outcome.FAIL, Severity.WARNING))));
    try (XSSFWorkbook book = open(run)) {
      assertThat(rows(book.getSheet("检查结果")).stream().map(r -> r.get(4)))
          .containsExactly("免除", "未达标");
    }
  }

  @Test
  void refusesToWriteText() {
    assertThat(new XlsxReporter().binary()).isTrue();
    assertThatThrownBy(() -> new XlsxReporter().write(run(), new StringWriter()))
        .isInstanceOf(IOException.class).hasMessageContaining("-o xlsx=FILE");
  }

  @Test
  void aReportFileIsAWorkbookAndNoTemporaryFilesAreLeft(@TempDir Path dir) throws IOException {
    Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    List<String> before = temporaryFiles(poiFiles);
    Path file = dir.resolve("report.xlsx");
    ReportFiles.write(file, ReportFormat.XLSX, run(named("a", "甲",
        List.of(finding(Outcome.FAIL, Severity.ERROR)))));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(XlsxDump.of(file)).contains("张三 学习时间 6 学时");
    assertThat(temporaryFiles(poiFiles)).isEqualTo(before);
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  private static List<String> temporaryFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
      Collections.sort(names);
      return names;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5})
  void aSheetMustHoldTheSummary(int rows) {
    assertThatThrownBy(() -> new XlsxReporter(rows)).isInstanceOf(
        IllegalArgumentException.class);
  }
}
