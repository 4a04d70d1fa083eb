package org.branchcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.report.Version;

/**
 * What a run tells the user about an exception nothing handled, and the code it exits with.
 * Running out of memory is a dataset too large for the heap, not a bug, and has a remedy. Anything
 * else is a bug: the user sees one line, and the stack trace goes to a file they can attach to a
 * report, since a trace on the terminal helps nobody who is checking a branch's records.
 */
record Failure(ExitCode exitCode, String message) {

  /** Where crash details go unless {@code -Dbranchcheck.crashDir} says otherwise. */
  static Path crashDir() {
    return Path.of(System.getProperty("branchcheck.crashDir",
        System.getProperty("java.io.tmpdir")));
  }

  static Failure of(Throwable ex, List<String> args, Path crashDir) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        long heapMb = Runtime.getRuntime().maxMemory() / (1 << 20);
        return new Failure(ExitCode.OUT_OF_MEMORY, "branchcheck: out of memory (a heap of "
            + heapMb + " MB): the dataset needs a larger one, e.g. BRANCHCHECK_JAVA_OPTS=-Xmx1g"
            + " bin/branchcheck …, or java -Xmx1g -jar branchcheck.jar …");
      }
    }
    String what = "branchcheck: internal error (" + ex.getClass().getSimpleName() + "), a bug";
    try {
      Path file = writeDetails(ex, args, crashDir);
      return new Failure(ExitCode.INTERNAL_ERROR, what + "; the details are in " + file
          + ": please attach that file when you report it");
    } catch (IOException | RuntimeException e) {
      return new Failure(ExitCode.INTERNAL_ERROR, what + ": " + ex
          + " (the details could not be written to " + crashDir + ": " + e.getMessage() + ")");
    }
  }

  private static Path writeDetails(Throwable ex, List<String> args, Path dir) throws IOException {
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    String text = "branchcheck " + Version.get() + "\n"
        + "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
        + ") on " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
        + "arguments: " + args + "\n\n" + trace;
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, "branchcheck-crash-" + stamp + "-", ".txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
