package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.branchcheck.model.AttendanceStatus;
import org.branchcheck.model.OrgKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2005-07-25|2005-07-25", "2005/7/25|2005-07-25", "2005.7.25|2005-07-25",
      "2005年7月25日|2005-07-25", "20050725|2005-07-25", "２００５－０７－２５|2005-07-25",
      "２００５年７月２５日|2005-07-25", " 2005-7-5 |2005-07-05", "2005年7月5|2005-07-05",
      "2004/2/29|2004-02-29", "1921-07-01|1921-07-01"})
  void readsEveryDateForm(String text, String expected) throws Exception {
    assertThat(Values.date(text)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2005-02-30", "2005-13-01", "25/07/2005", "July 25", "2005-07", "x",
      "1921-06-30", "0205-07-25"})
  void rejectsDatesThatAreNotDates(String text) {
    assertThatThrownBy(() -> Values.date(text)).isInstanceOf(Values.BadValue.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"是|true", "否|false", "Y|true", "n|false", "TRUE|true",
      "false|false", "1|true", "0|false", "有|true", "无|false", "１|true"})
  void readsBooleans(String text, boolean expected) throws Exception {
    assertThat(Values.bool(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"maybe", "2", "对的"})
  void rejectsOtherBooleans(String text) {
    assertThatThrownBy(() -> Values.bool(text)).isInstanceOf(Values.BadValue.class)
        .hasMessageContaining("是/否");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"3|300", "2.5|250", "0.25|25", "24|2400", "0|0",
      "３．５|350", " 1.50 |150"})
  void readsHoursExactly(String text, long centi) throws Exception {
    assertThat(Values.hours(text)).isEqualTo(centi);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"-1|between 0 and 24", "25|between 0 and 24",
      "1.333|two decimal places", "abc|number of hours", "2,5|number of hours"})
  void rejectsBadHours(String text, String expected) {
    assertThatThrownBy(() -> Values.hours(text)).isInstanceOf(Values.BadValue.class)
        .hasMessageContaining(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"3000|3000", "3,000|3000", "０|0"})
  void readsCounts(String text, int expected) throws Exception {
    assertThat(Values.count(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"党委|COMMITTEE", "committee|COMMITTEE",
      "临时党支部|TEMP_BRANCH", "联合党支部|JOINT_BRANCH", "Branch|BRANCH", "党小组|GROUP"})
  void readsOrgKindsInEitherLanguage(String text, OrgKind expected) throws Exception {
    assertThat(Values.coded(OrgKind.class, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"出席|PRESENT", "请假|LEAVE", "缺席|ABSENT", "补课|MAKEUP",
      "送学上门|HOME", "home|HOME"})
  void readsAttendanceInEitherLanguage(String text, AttendanceStatus expected) throws Exception {
    assertThat(Values.coded(AttendanceStatus.class, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"迟到", "late"})
  void listsTheAcceptedEnumValues(String text) {
    assertThatThrownBy(() -> Values.coded(AttendanceStatus.class, text))
        .hasMessage("one of present/出席, leave/请假, absent/缺席, makeup/补课, home/送学上门");
  }
}
