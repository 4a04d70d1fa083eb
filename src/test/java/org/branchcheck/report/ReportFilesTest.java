package org.branchcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RuleSetInfo;
import org.branchcheck.engine.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  private static final RunResult EMPTY = new RunResult(RuleSetInfo.unloaded("r"),
      LocalDate.of(2005, 8, 31), Map.of(), ReportOptions.DEFAULT, List.of(), List.of());

  @Test
  void replacesTheOldReportWholeAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out/report.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old");
    ReportFiles.write(target, ReportFormat.JSON, EMPTY);
    assertThat(Files.readString(target)).startsWith("{").contains("branchcheck/report");
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void anInterruptedWriteLeavesTheLastGoodReportInPlace() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "last good report");
    Reporter failing = (run, out) -> {
      out.write("{\"half\": ");
      throw new IOException("disk full");
    };
    assertThatThrownBy(() -> ReportFiles.write(target, failing, EMPTY))
        .hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("last good report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aNewReportIsReadableByOthersAndAReplacedOneKeepsItsMode() throws IOException {
    Path fresh = dir.resolve("fresh.json");
    ReportFiles.write(fresh, ReportFormat.JSON, EMPTY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
    Path kept = dir.resolve("kept.json");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    ReportFiles.write(kept, ReportFormat.JSON, EMPTY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aLinkIsWrittenThroughNotReplaced() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    ReportFiles.write(link, ReportFormat.JSON, EMPTY);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("branchcheck/report");
  }
}
