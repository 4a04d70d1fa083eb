package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarPeriodsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // every quarter of 2005 held, first and last days of quarters included
        Arguments.of("2005-01-01|2005-06-30|2005-07-01|2005-12-31", "quarter", "2005-01-01",
            "2005-12-31", ""),
        Arguments.of("2005-03-31|2005-12-01", "quarter", "2005-01-01", "2005-12-31",
            "2005年第2季度,2005年第3季度"),
        // the window starts mid-quarter: Q1 is not whole inside it, so it is not judged
        Arguments.of("", "quarter", "2005-02-15", "2005-09-30", "2005年第2季度,2005年第3季度"),
        // the window ends mid-quarter (as-of inside Q4): Q4 is not judged yet
        Arguments.of("2005-05-01|2005-08-01", "quarter", "2005-04-01", "2005-11-21", ""),
        Arguments.of("2005-06-30", "half_year", "2005-01-01", "2005-12-31", "2005年下半年"),
        Arguments.of("2005-07-01", "half_year", "2005-01-01", "2005-12-31", "2005年上半年"),
        Arguments.of("2004-12-31|2006-01-01", "year", "2005-01-01", "2006-12-31", "2005年"),
        Arguments.of("", "year", "2005-01-01", "2005-12-30", ""),
        // empty dates (unknown) count for nothing
        Arguments.of("|2005-01-01", "year", "2005-01-01", "2005-12-31", ""),
        Arguments.of("", "quarter", "2005-12-31", "2005-01-01", ""));
  }

  @ParameterizedTest(name = "{1} {2}..{3} held {0} → missing {4}")
  @MethodSource("cases")
  void namesTheWholePeriodsWithoutAnEvent(String held, String unit, String from, String to,
      String missing) {
    List<String> dates = Arrays.asList(held.split("\\|", -1));
    assertThat(String.join(",", CalendarPeriods.missing(dates, unit, from, to)))
        .isEqualTo(missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void refusesWhatCannotBeJudged(String unit, String from, String to, String message) {
    assertThatThrownBy(() -> CalendarPeriods.missing(List.of(), unit, from, to))
        .hasMessageContaining(message);
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("month", "2005-01-01", "2005-12-31", "not quarter, half_year or year"),
        Arguments.of("year", "", "2005-12-31", "from date '' is not YYYY-MM-DD"),
        Arguments.of("quarter", "1900-01-01", "2200-12-31", "spans more than 400 periods"));
  }

  @ParameterizedTest(name = "earlier({0}, {1}) = {2}")
  @MethodSource("earlier")
  void earlierIgnoresAnUnknownDate(String a, String b, String expected) {
    assertThat(RuleFunctions.earlier(a, b)).isEqualTo(expected);
  }

  static Stream<Arguments> earlier() {
    return Stream.of(Arguments.of("2005-12-31", "2005-11-21", "2005-11-21"),
        Arguments.of("2005-01-01", "2005-11-21", "2005-01-01"),
        Arguments.of("", "2005-11-21", "2005-11-21"),
        Arguments.of("2005-11-21", "", "2005-11-21"));
  }
}
