package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.Hours;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.Problem;
import org.branchcheck.model.Role;
import org.branchcheck.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
  private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2005, 8, 31);

  @TempDir Path dir;

  /** The folder read streamed, the attendance rows dropped. */
  private static DatasetReader.ReadResult streamed(Path folder) {
    return StreamingDatasetReader.read(folder, AS_OF,
        ids -> () -> (session, member, status, hours, makeupFor) -> { });
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(charset));
    return p;
  }

  private static List<String> messages(DatasetReader.ReadResult r) {
    return r.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsAFolderWithChineseNamesAndHeadersInGb18030() throws IOException {
    write("组织.csv", "组织编号,组织名称,组织类型\r\nB01,第一支部,党支部\r\n", TextDecoder.GB18030);
    write("党员名册.csv", "党员编号,姓名,所在组织,身份,有书写能力\r\nM01,张三,B01,党员领导干部,否\r\n",
        TextDecoder.GB18030);
    write("学习活动.csv", "活动编号,组织,日期,形式,学时\r\nS01,B01,2005年7月25日,党课,2.5\r\n",
        TextDecoder.GB18030);
    write("签到.csv", "活动编号,党员编号,出勤\r\nS01,M01,送学上门\r\n", TextDecoder.GB18030);

    DatasetReader.ReadResult r = DatasetReader.read(dir);

    assertThat(r.problems()).isEmpty();
    assertThat(r.files()).extracting(org.branchcheck.model.InputFile::encoding).containsOnly("GB18030");
    assertThat(r.dataset().orgs().get(0).kind()).isEqualTo(OrgKind.BRANCH);
    assertThat(r.dataset().members().get(0).name()).isEqualTo("张三");
    assertThat(r.dataset().members().get(0).role()).isEqualTo(Role.LEADER);
    assertThat(r.dataset().members().get(0).canWrite()).isFalse();
    assertThat(r.dataset().sessions().get(0).hoursCenti()).isEqualTo(250);
    assertThat(r.dataset().attendance().get(0).status()).isEqualTo(AttendanceStatus.HOME);
    assertThat(r.dataset().present()).containsExactlyInAnyOrder(Table.ORGS, Table.MEMBERS,
        Table.SESSIONS, Table.ATTENDANCE);
  }

  @Test
  void readsUtf8WithBomAndKeepsUnknownColumns() throws IOException {
    write("members.csv", "\uFEFFid,name,org,备注\nM01,李四,B01,转业军人\n", StandardCharsets.UTF_8);
    DatasetReader.ReadResult r = DatasetReader.read(dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.files().get(0).encoding()).isEqualTo("UTF-8 (BOM)");
    assertThat(r.dataset().members().get(0).id()).isEqualTo("M01");
    assertThat(r.dataset().members().get(0).extra()).containsEntry("备注", "转业军人");
  }

  @Test
  void reportsEveryMalformedValueWithFileLineAndColumn() throws IOException {
    write("members.csv", "id,name,org,joined_on,new\nM01,张三,B01,2005-02-30,是\n"
        + "M02,李四,B01,2001-01-01,maybe\n", StandardCharsets.UTF_8);
    write("sessions.csv", "id,org,date,kind,hours\nS01,B01,2005-07-25,lecture,abc\n"
        + "S02,B01,2005-07-26,聊天,3\n", StandardCharsets.UTF_8);

    assertThat(messages(DatasetReader.read(dir))).containsExactly(
        "members.csv:2:4: joined_on: '2005-02-30' is not a date that exists in the calendar",
        "members.csv:3:5: new: 'maybe' is not 是/否, Y/N, true/false or 1/0",
        "sessions.csv:2:5: hours: 'abc' is not a number of hours such as 2 or 1.5"
            + " (at most two decimal places)",
        "sessions.csv:3:4: kind: '聊天' is not one of collective/集中学习, self/自学, lecture/党课,"
            + " discussion/讨论, video/电教, visit/参观");
  }

  @Test
  void aReferenceToARowRefusedForABadValueIsNotReportedAgainAsDangling() throws IOException {
    write("members.csv", "id,name,org,joined_on\nM01,张三,B01,1901-07-01\n",
        StandardCharsets.UTF_8);
    write("sessions.csv", "id,org,date,kind,hours\nS01,B01,2005-07-25,党课,-1\n"
        + "S02,B01,2006-07-25,党课,2\n", StandardCharsets.UTF_8);
    write("attendance.csv", "session,member,status\nS01,M01,出席\nS02,M01,出席\nS03,M02,出席\n",
        StandardCharsets.UTF_8);

    for (DatasetReader.ReadResult r : List.of(DatasetReader.read(dir, AS_OF),
        streamed(dir))) {
      assertThat(messages(r)).containsExactly(
          "attendance.csv:4:1: session: no session with id 'S03'",
          "attendance.csv:4:2: member: no member with id 'M02'",
          "members.csv:2:4: joined_on: '1901-07-01' is not a date since the Party's founding,"
              + " 1921-07-01 (a typo?)",
          "sessions.csv:2:5: hours: '-1' is not hours between 0 and 24",
          "sessions.csv:3:3: date: '2006-07-25' is not on or before the day checked, 2005-08-31"
              + " (--as-of): correct the date, or check a later day with --as-of");
    }
  }

  @Test
  void referencesIntoATableThatBrokeOffAreNotJudged() throws IOException {
    write("members.csv", "id,name,org\nM01,\"张三,B01\nM02,李四,B01\n", StandardCharsets.UTF_8);
    write("attendance.csv", "session,member,status\nS01,M02,出席\n", StandardCharsets.UTF_8);
    write("sessions.csv", "", StandardCharsets.UTF_8);

    for (DatasetReader.ReadResult r : List.of(DatasetReader.read(dir, AS_OF),
        streamed(dir))) {
      assertThat(messages(r)).hasSize(2).allMatch(m -> m.startsWith("members.csv:2: a quoted")
          || m.startsWith("sessions.csv:1: the file is empty"));
    }
  }

  @Test
  void aHugeYamlScalarIsRefusedWithItsPlaceNotRead() throws IOException {
    Path file = dir.resolve("huge.yaml");
    Files.writeString(file, "members:\n  - id: M01\n    name: " + "王".repeat(1 << 20) + "\n",
        StandardCharsets.UTF_8);
    assertThat(messages(DatasetReader.read(file))).containsExactly("huge.yaml:3:1: a line of"
        + " 1048586 characters, longer than the 1048576 a YAML line may have; break the value over"
        + " several lines (a block scalar, |)");
  }

  @Test
  void reportsDanglingReferencesDuplicatesAndCycles() throws IOException {
    write("orgs.csv", "id,name,kind,parent\nC1,党委,党委,B2\nB2,支部,党支部,C1\n",
        StandardCharsets.UTF_8);
    write("members.csv", "id,name,org\nM01,张三,C1\nM01,李四,C1\nM02,王五,X9\n",
        StandardCharsets.UTF_8);
    write("sessions.csv", "id,org,date,kind,hours\nS01,C1,2005-07-25,党课,3\n",
        StandardCharsets.UTF_8);
    write("attendance.csv", "session,member,status,makeup_for\nS01,M99,出席,\nS09,M01,补课,S07\n",
        StandardCharsets.UTF_8);

    assertThat(messages(DatasetReader.read(dir))).containsExactly(
        "attendance.csv:2:2: member: no member with id 'M99'",
        "attendance.csv:3:1: session: no session with id 'S09'",
        "attendance.csv:3:4: makeup_for: no session with id 'S07'",
        "members.csv:3:1: duplicate member id 'M01' (first at members.csv:2)",
        "members.csv:4:3: org: no organisation with id 'X9'",
        "orgs.csv:2:4: parent: organisation 'C1' is its own ancestor (a cycle of parents)",
        "orgs.csv:3:4: parent: organisation 'B2' is its own ancestor (a cycle of parents)");
  }

  @Test
  void readsYamlWithLineAndColumnOfEachBadValue() throws IOException {
    Path file = write("branch.yaml", """
        name: 第一支部
        orgs:
          - {id: B01, name: 第一支部, kind: 党支部}
        members:
          - id: M01
            name: 张三
            org: B01
            joined_on: 2005/13/01
        sessions:
          - {id: S01, org: B01, date: 2005-07-25, kind: 党课, hours: 25}
        memebers: []
        """, StandardCharsets.UTF_8);

    DatasetReader.ReadResult r = DatasetReader.read(file);

    assertThat(r.dataset().name()).isEqualTo("第一支部");
    assertThat(messages(r)).containsExactly(
        "branch.yaml:8:16: joined_on: '2005/13/01' is not a date that exists in the calendar",
        "branch.yaml:10:60: hours: '25' is not hours between 0 and 24",
        "branch.yaml:11:1: unknown table 'memebers'; expected one of [orgs, members, sessions,"
            + " attendance, essays, meetings, plans, plan_items, opinions, waivers, params]");
  }

  @Test
  void reportsBrokenYamlWithItsPosition() throws IOException {
    Path file = write("b.yaml", "members:\n  - {id: M01, name: [unclosed\n", StandardCharsets.UTF_8);
    List<String> problems = messages(DatasetReader.read(file));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("b.yaml:2:30: not valid YAML: while parsing a flow sequence");
  }

  @Test
  void refusesYamlAliasesSoNoValueIsMisreadAndNothingExpands() throws IOException {
    StringBuilder yaml = new StringBuilder("members:\n  - &a {id: M1, name: x}\n");
    for (int i = 0; i < 30; i++) {
      yaml.append("  - [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
    }
    Path file = write("bomb.yaml", yaml.toString(), StandardCharsets.UTF_8);
    assertThat(messages(DatasetReader.read(file))).containsExactly("bomb.yaml:3:6: YAML aliases"
        + " (*a) are not supported; write the values out in full");
  }

  @Test
  void saysWhatItExpectedWhenAFolderHasNoTables() throws IOException {
    write("notes.txt", "hello", StandardCharsets.UTF_8);
    assertThat(messages(DatasetReader.read(dir))).containsExactly(dir.getFileName()
        + "/: no tables found: expected files such as members.csv or 党员名册.csv");
  }

  @Test
  void hoursOverrideOnASignInRowIsKeptExactly() throws IOException {
    write("attendance.csv", "session,member,status,hours\nS01,M01,出席,1.25\n",
        StandardCharsets.UTF_8);
    DatasetReader.ReadResult r = DatasetReader.read(dir);
    assertThat(Hours.format(r.dataset().attendance().get(0).hoursCenti())).isEqualTo("1.25");
  }
}
