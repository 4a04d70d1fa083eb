package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.branchcheck.engine.RunResult;

/**
 * Writes a report to a file atomically: into a temporary file beside it, then renamed over it, so
 * an interrupted run never leaves a half-written report where the last good one was.
 */
public final class ReportFiles {
  private ReportFiles() {}

  public static void write(Path target, ReportFormat format, RunResult run) throws IOException {
    write(target, format.reporter(), run);
  }

  public static void write(Path target, Reporter reporter, RunResult run) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        reporter.write(run, out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
