package org.branchcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoursHistogramTest {

  @Test
  void binsHoursByFiveWithAnOpenLastBinAndCountsThoseBelowTheLine() {
    HoursHistogram h = HoursHistogram.of(List.of(0.0, 4.99, 5.0, 39.5, 40.0, 61.0, 200.0), 40);
    assertThat(h.counts().subList(0, 2)).containsExactly(2L, 1L);
    assertThat(h.counts().get(7)).isEqualTo(1L);
    assertThat(h.counts().get(8)).isEqualTo(1L);
    assertThat(h.counts().get(HoursHistogram.BINS - 1)).isEqualTo(2L);
    assertThat(h.below()).isEqualTo(4);
    assertThat(h.total()).isEqualTo(7);
    assertThat(HoursHistogram.label(0)).isEqualTo("0–5");
    assertThat(HoursHistogram.label(HoursHistogram.BINS - 1)).isEqualTo("60+");
  }

  @Test
  void aSumKeepsOneLineOnlyWhenTheDatasetsAgree() {
    HoursHistogram forty = HoursHistogram.of(List.of(35.0), 40);
    HoursHistogram thirty = HoursHistogram.of(List.of(35.0, 20.0), 30);
    HoursHistogram none = HoursHistogram.empty(0);
    assertThat(none.plus(forty).plus(forty).line()).isEqualTo(40);
    assertThat(forty.plus(none).line()).isEqualTo(40);
    HoursHistogram mixed = forty.plus(thirty);
    assertThat(mixed.line()).isEqualTo(HoursHistogram.MIXED);
    assertThat(mixed.plus(forty).line()).isEqualTo(HoursHistogram.MIXED);
    assertThat(mixed.below()).as("each against its own line").isEqualTo(2);
  }
}
