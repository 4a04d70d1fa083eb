package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

  private static String show(ProgressDisplay.When when, int datasets) {
    StringWriter err = new StringWriter();
    try (ProgressDisplay p = ProgressDisplay.open(when, new PrintWriter(err))) {
      p.started(datasets);
      for (int i = 1; i <= datasets; i++) {
        p.finished("报送/branch-" + i);
      }
    }
    return err.toString();
  }

  @Test
  void countsDatasetsOnOneLineAndClearsItAtTheEnd() {
    String err = show(ProgressDisplay.When.ALWAYS, 3);
    assertThat(err).contains("\r\033[K检查 1/3  报送/branch-1")
        .contains("\r\033[K检查 3/3  报送/branch-3")
        .endsWith("\r\033[K")
        .doesNotContain("\n");
  }

  @Test
  void saysNothingWhenToldNotToOrForASingleDataset() {
    assertThat(show(ProgressDisplay.When.NEVER, 5)).isEmpty();
    assertThat(show(ProgressDisplay.When.ALWAYS, 1)).isEmpty();
  }

  @Test
  void staysSilentWhenStandardErrorIsNotATerminal() {
    // Under the build, standard error is a pipe or a file, as in CI.
    assertThat(show(ProgressDisplay.When.AUTO, 5)).isEmpty();
  }
}
