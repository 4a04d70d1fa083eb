package org.branchcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Locations read as a user finds the place: file:line:column, or Excel's sheet!cell. */
class SourceLocationTest {

  @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
  @CsvSource(delimiter = '|', value = {
      "members.csv | ''          | 12 | 3  | members.csv:12:3",
      "members.csv | ''          | 12 | 0  | members.csv:12",
      "members.csv | ''          | 0  | 0  | members.csv",
      "台账.xlsx   | 党员名册     | 12 | 3  | 台账.xlsx:党员名册!C12",
      "台账.xlsx   | 党员名册     | 12 | 0  | 台账.xlsx:党员名册!A12",
      "台账.xlsx   | 党员名册     | 0  | 0  | 台账.xlsx:党员名册",
      "台账.xlsx   | members    | 7  | 27 | 台账.xlsx:members!AA7",
      "台账.xlsx   | 学习 计划    | 2  | 702| 台账.xlsx:'学习 计划'!ZZ2",
      "台账.xlsx   | Bob's      | 2  | 703| 台账.xlsx:'Bob''s'!AAA2",
      "台账.xlsx   | 2005       | 2  | 1  | 台账.xlsx:'2005'!A2"})
  void readsAsAUserFindsThePlace(String file, String sheet, int line, int column,
      String shown) {
    assertThat(new SourceLocation(file, sheet, line, column)).hasToString(shown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1, A", "26, Z", "27, AA", "52, AZ", "53, BA", "702, ZZ", "703, AAA",
      "16384, XFD"})
  void columnsAreLetteredAsExcelLettersThem(int column, String letters) {
    assertThat(SourceLocation.columnLetters(column)).isEqualTo(letters);
  }
}
