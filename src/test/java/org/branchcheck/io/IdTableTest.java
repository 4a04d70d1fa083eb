package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IdTableTest {
  /** Ids as a table lists them; each id's first position, and how many distinct ids. */
  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(List.of(), List.of(), 0),
        Arguments.of(List.of("M1", "M2", "M3"), List.of(0, 1, 2), 3),
        Arguments.of(List.of("M1", "M1", "M2"), List.of(0, 0, 2), 2),
        Arguments.of(List.of("M2", "M1", "M2", "M1", "M3"), List.of(0, 1, 0, 1, 4), 3),
        Arguments.of(List.of("", "党员", "Ｍ１", "😀"), List.of(0, 1, 2, 3), 4));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void mapsEachIdToItsFirstPosition(List<String> ids, List<Integer> first, int distinct) {
    IdTable table = IdTable.firstPositions(ids, s -> s);
    assertThat(table.size()).isEqualTo(distinct);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.get(ids.get(i))).isEqualTo(first.get(i));
      byte[] b = ("," + ids.get(i) + ",").getBytes(StandardCharsets.UTF_8);
      assertThat(table.get(b, 1, b.length - 1)).isEqualTo(first.get(i));
    }
    for (int e = 0; e < table.size(); e++) {
      assertThat(table.get(table.key(e))).isEqualTo(table.value(e));
    }
    assertThat(table.get("absent")).isEqualTo(-1);
  }

  @Test
  void keepsWorkingAfterTrimmingAndGrowsAgain() {
    IdTable table = new IdTable();
    for (int i = 0; i < 5000; i++) {
      table.putIfAbsent("S" + i, i);
    }
    table.trim();
    table.putIfAbsent("S5000", 77);
    table.putIfAbsent("S5001", 5001);
    assertThat(table.get("S4999")).isEqualTo(4999);
    assertThat(table.get("S5000")).isEqualTo(77);
    assertThat(table.get("S5001")).isEqualTo(5001);
    assertThat(table.value(0)).isZero();
  }

  @Test
  void aTableWithoutLookupsStillNamesItsIdsAndSaysWhyItCannotFindThem() {
    IdTable table = IdTable.firstPositions(List.of("b", "a"), s -> s);
    table.dropLookups();
    assertThat(table.key(1)).isEqualTo("a");
    assertThat(table.compareKeys(0, 1)).isPositive();
    assertThatThrownBy(() -> table.get("a")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no longer looked up");
  }
}
