package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFunctionsTest {

  @Test
  void sumsWholeNumbersAndHoursExactly() {
    assertThat(RuleFunctions.sumInts(List.of())).isZero();
    assertThat(RuleFunctions.sumInts(List.of(3500L, 4499L))).isEqualTo(7999L);
    assertThat(RuleFunctions.sumDoubles(List.of(0.1, 0.2))).isEqualTo(0.3);
    assertThat(RuleFunctions.sumDoubles(List.of(13.33, 13.33, 13.34))).isEqualTo(40.0);
  }

  @Test
  void laterIgnoresAnUnknownDate() {
    assertThat(RuleFunctions.later("2005-01-01", "2004-12-31")).isEqualTo("2005-01-01");
    assertThat(RuleFunctions.later("", "2004-12-31")).isEqualTo("2004-12-31");
    assertThat(RuleFunctions.later("2004-12-31", "")).isEqualTo("2004-12-31");
  }
}
