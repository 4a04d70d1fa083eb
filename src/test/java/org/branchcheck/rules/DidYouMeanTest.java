package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DidYouMeanTest {
  private static final List<String> KNOWN = List.of("member.study-hours", "member.study-notes",
      "org.look-back", "min_hours", "total", "kind");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("member.study-hour", "member.study-hours"),
        Arguments.of("member.study-note", "member.study-notes"),
        Arguments.of("org.lookback", "org.look-back"),
        Arguments.of("totl", "total"),
        Arguments.of("ttoal", "total"),
        Arguments.of("knid", "kind"),
        Arguments.of("min_hour", "min_hours"),
        // too far from anything: no guess rather than a wrong one
        Arguments.of("xyz", ""),
        Arguments.of("org.mobilisation", ""),
        // an exact match needs no hint
        Arguments.of("kind", ""));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void suggestsOnlyAClearlyCloseName(String written, String expected) {
    assertThat(DidYouMean.closest(written, KNOWN).orElse("")).isEqualTo(expected);
  }
}
