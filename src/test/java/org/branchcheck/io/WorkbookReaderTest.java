package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchcheck.io.Workbooks.merged;
import static org.branchcheck.io.Workbooks.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.branchcheck.io.Workbooks.Day;
import org.branchcheck.io.Workbooks.Serial;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Member;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a dataset from a workbook: one test per shape a ledger kept in Excel takes. */
class WorkbookReaderTest {
  private static final LocalDate AS_OF = LocalDate.of(2005, 8, 31);
  private static final Object[] MEMBER_HEADER = {"党员编号", "姓名", "所在组织", "入党日期", "新党员"};

  @TempDir Path dir;

  private DatasetReader.ReadResult read(Workbooks.Sheet... sheets) throws IOException {
    return DatasetReader.read(Workbooks.write(dir.resolve("台账.xlsx"), sheets), AS_OF);
  }

  private static List<String> problems(DatasetReader.ReadResult r) {
    return r.problems().stream().map(Problem::toString).toList();
  }

  private static Workbooks.Sheet orgs() {
    return sheet("组织", new Object[] {"组织编号", "组织名称", "组织类型"},
        new Object[] {"B01", "第一支部", "党支部"});
  }

  @Test
  void readsChineseAndEnglishSheetNamesWithTheirHeaders() throws IOException {
    DatasetReader.ReadResult r = read(orgs(),
        sheet("members", new Object[] {"id", "name", "org"}, new Object[] {"M01", "张三", "B01"}));

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().name()).isEqualTo("台账");
    assertThat(r.dataset().present()).containsExactlyInAnyOrder(Table.ORGS, Table.MEMBERS);
    assertThat(r.dataset().members()).extracting(Member::name).containsExactly("张三");
    assertThat(r.files()).extracting(f -> f.name() + " " + f.encoding())
        .containsExactly("台账.xlsx xlsx");
  }

  @Test
  void datesShownAsDatesAndBareSerialNumbersInDateColumnsAreDays() throws IOException {
    DatasetReader.ReadResult r = read(orgs(), sheet("党员名册", MEMBER_HEADER,
        new Object[] {"M01", "张三", "B01", new Day(LocalDate.of(2005, 7, 25))},
        new Object[] {"M02", "李四", "B01", new Serial(38558)},
        new Object[] {"M03", "王五", "B01", "2005年7月25日"}));

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().members()).extracting(Member::joinedOn)
        .containsOnly(LocalDate.of(2005, 7, 25));
  }

  @Test
  void aWorkbookCountingDaysFrom1904ReadsTheSameDay() throws IOException {
    Path file = dir.resolve("mac.xlsx");
    try (var wb = Workbooks.build(orgs(), sheet("党员名册", MEMBER_HEADER,
        new Object[] {"M01", "张三", "B01", new Serial(38558 - 1462)}));
        var out = Files.newOutputStream(file)) {
      wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
      wb.write(out);
    }
    DatasetReader.ReadResult r = DatasetReader.read(file, AS_OF);

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().members().get(0).joinedOn()).isEqualTo(LocalDate.of(2005, 7, 25));
  }

  @Test
  void numbersStoredAsTextOrAsNumbersReadAlike() throws IOException {
    DatasetReader.ReadResult r = read(orgs(),
        sheet("学习活动", new Object[] {"活动编号", "组织", "日期", "形式", "学时"},
            new Object[] {"S01", "B01", "2005-07-01", "党课", "2.5"},
            new Object[] {"S02", "B01", "2005-07-02", "党课", 2.5},
            new Object[] {"S03", "B01", "2005-07-03", "党课", 0.1 + 0.2},
            new Object[] {"S04", "B01", "2005-07-04", "党课", new Workbooks.Formula("1+1", 2)}),
        sheet("签到", new Object[] {"活动编号", "党员编号", "出勤"},
            new Object[] {101.0, "M01", "出席"}));

    assertThat(r.dataset().sessions()).extracting(s -> s.hoursCenti())
        .containsExactly(250L, 250L, 30L, 200L);
    assertThat(r.dataset().attendance().get(0).session()).isEqualTo("101");
  }

  @Test
  void aTitleMergedAboveTheHeaderIsPassedByAndFindingsPointAtCells() throws IOException {
    DatasetReader.ReadResult r = read(orgs(), merged(sheet("党员名册",
        new Object[] {"第一支部党员名册（2005年7月）"},
        MEMBER_HEADER,
        new Object[] {"M01", "张三", "B01", "2005-07-25"},
        new Object[] {"M02", "李四", "B01", "去年"}), "A1:E1"));

    assertThat(r.dataset().members()).extracting(Member::id).containsExactly("M01");
    assertThat(r.dataset().members().get(0).at().toString()).isEqualTo("台账.xlsx:党员名册!A3");
    assertThat(problems(r)).singleElement().asString()
        .startsWith("台账.xlsx:党员名册!D4: joined_on: '去年' is not");
  }

  @Test
  void aTwoRowHeaderNamesEachColumnByItsLowestHeading() throws IOException {
    DatasetReader.ReadResult r = read(orgs(),
        sheet("党员名册", new Object[] {"党员编号", "所在组织"}, new Object[] {"M01", "B01"}),
        sheet("学习活动", new Object[] {"活动编号", "组织", "日期", "形式", "学时"},
            new Object[] {"S01", "B01", "2005-07-01", "党课", 2}),
        merged(sheet("签到",
            new Object[] {"活动编号", "党员编号", "出勤情况", null},
            new Object[] {null, null, "出勤", "认定学时"},
            new Object[] {"S01", "M01", "出席", 1.5}), "A1:A2", "B1:B2", "C1:D1"));

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().attendance()).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(AttendanceStatus.PRESENT);
      assertThat(a.hoursCenti()).isEqualTo(150L);
    });
  }

  @Test
  void aValueMergedDownTheRowsIsEachRowsValue() throws IOException {
    DatasetReader.ReadResult r = read(orgs(),
        sheet("党员名册", new Object[] {"党员编号", "所在组织"}, new Object[] {"M01", "B01"},
            new Object[] {"M02", "B01"}, new Object[] {"M03", "B01"}),
        sheet("学习活动", new Object[] {"活动编号", "组织", "日期", "形式", "学时"},
            new Object[] {"S01", "B01", "2005-07-01", "党课", 2}),
        merged(sheet("签到", new Object[] {"活动编号", "党员编号", "出勤"},
            new Object[] {"S01", "M01", "出席"}, new Object[] {null, "M02", "请假"},
            new Object[] {null, "M03", "出席"}), "A2:A4"));

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().attendance()).extracting(a -> a.session() + "/" + a.member())
        .containsExactly("S01/M01", "S01/M02", "S01/M03");
  }

  @Test
  void emptyTrailingRowsAndExcelsEmptySheetsAreNotRecords() throws IOException {
    Workbooks.Sheet members = sheet("党员名册", new Object[] {"党员编号", "所在组织"},
        new Object[] {"M01", "B01"}, new Object[] {"", null}, new Object[] {" ", ""},
        new Object[] {null, null});
    DatasetReader.ReadResult r = read(orgs(), members, sheet("Sheet1"),
        sheet("说明", new Object[] {"这一页是填表说明"}));

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().members()).hasSize(1);
  }

  @Test
  void whatAUserMustFixIsReportedAtItsCell() throws IOException {
    DatasetReader.ReadResult r = read(orgs(),
        sheet("党员名册", new Object[] {"党员编号", "所在组织", null},
            new Object[] {"M01", "B01", "备注：调出"},
            new Object[] {"M02", new Workbooks.Error(FormulaError.NA), "又一条备注"}),
        sheet("党员名单", new Object[] {"党员编号"}, new Object[] {"M09"}),
        sheet("members", new Object[] {"id"}, new Object[] {"M10"}));

    assertThat(problems(r)).containsExactly(
        "台账.xlsx:members: table 'members' is also in 党员名册; keep one",
        "台账.xlsx:党员名册!C2: column C has values but no header; name the column or clear it",
        "台账.xlsx:党员名册!B3: org is empty; expected a value (this column is required)",
        "台账.xlsx:党员名册!B3: the cell holds the spreadsheet error #N/A",
        "台账.xlsx:党员名单: a sheet with content that is not a known table; expected one of "
            + "[orgs/组织, members/党员名册, sessions/学习活动, attendance/签到, essays/心得体会, "
            + "meetings/会议, plans/学习计划, plan_items/计划条目, opinions/意见建议, waivers/例外, "
            + "params/参数] (an instructions sheet is skipped)");
  }

  @Test
  void filesThatAreNotWorkbooksSayWhatToDo() throws IOException {
    Path text = Files.writeString(dir.resolve("台账.xlsx"), "党员编号,姓名\nM01,张三\n");
    Path xls = dir.resolve("old.xls");
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        var out = Files.newOutputStream(xls)) {
      wb.createSheet("党员名册").createRow(0).createCell(0).setCellValue("党员编号");
      wb.write(out);
    }

    assertThat(problems(DatasetReader.read(text, AS_OF))).first().asString()
        .isEqualTo("台账.xlsx: not an .xlsx workbook: not a zip package");
    assertThat(problems(DatasetReader.read(xls, AS_OF))).first().asString()
        .startsWith("old.xls: an Excel 97-2003 workbook (.xls)");
  }

  @Test
  void aFolderHoldingOneWorkbookIsThatWorkbookAndExcelsLockFileIsNot() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("一支部"));
    Workbooks.write(folder.resolve("台账.xlsx"), orgs());
    Files.write(folder.resolve("~$台账.xlsx"), new byte[165]);

    DatasetReader.ReadResult r = DatasetReader.read(folder, AS_OF);

    assertThat(problems(r)).isEmpty();
    assertThat(r.dataset().orgs()).hasSize(1);

    Files.writeString(folder.resolve("members.csv"), "id,org\nM01,B01\n");
    assertThat(problems(DatasetReader.read(folder, AS_OF))).containsExactly(
        ": the folder holds members.csv, 台账.xlsx; keep one form of the dataset: CSV tables or"
            + " one workbook");
  }
}
