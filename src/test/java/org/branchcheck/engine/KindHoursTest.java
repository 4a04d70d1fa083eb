package org.branchcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.branchcheck.model.SessionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KindHoursTest {
  private static final SessionKind A = SessionKind.values()[0];
  private static final SessionKind B = SessionKind.values()[1];

  /** Hours added to member 1 of kind A, in order; what member 1 then has, and member 0. */
  static Stream<Arguments> sums() {
    return Stream.of(
        Arguments.of("nothing", new long[] {}, 0L),
        Arguments.of("zero hours still count as seen", new long[] {0}, 0L),
        Arguments.of("a few sessions", new long[] {300, 250, 2400}, 2950L),
        Arguments.of("up to the narrow column's limit", new long[] {65_000, 535}, 65_535L),
        Arguments.of("one past it widens", new long[] {65_000, 536}, 65_536L),
        Arguments.of("far past it", new long[] {2400, 65_535, 65_535, 2400}, 135_870L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sums")
  void sumsEachMembersHoursOfAKind(String name, long[] added, long expected) {
    KindHours hours = new KindHours(3);
    hours.add(A, 0, 700);
    hours.add(B, 1, 100);
    for (long h : added) {
      hours.add(A, 1, h);
    }
    hours.add(A, 2, 50);
    assertThat(hours.get(A, 1)).isEqualTo(expected);
    assertThat(hours.seen(A, 1)).isEqualTo(added.length > 0);
    assertThat(hours.get(A, 0)).as("another member, added before").isEqualTo(700);
    assertThat(hours.get(A, 2)).as("another member, added after").isEqualTo(50);
    assertThat(hours.get(B, 1)).as("another kind").isEqualTo(100);
    assertThat(hours.seen(B, 0)).isFalse();
  }
}
