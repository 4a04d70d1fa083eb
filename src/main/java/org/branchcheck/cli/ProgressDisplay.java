package org.branchcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.branchcheck.engine.BatchChecker;
import org.branchcheck.report.TerminalSafeWriter;

/**
 * A one-line progress counter on standard error ("检查 12/50 …"), redrawn in place. Shown only
 * when standard error is a terminal and the run has more than one dataset, so CI logs and
 * redirected output stay clean (CI set, or TERM=dumb, also silence it). A counter needs no more
 * than a carriage return and an erase-line code, so no terminal library is brought in for it.
 */
final class ProgressDisplay implements BatchChecker.Progress, AutoCloseable {
  /** When to show progress. */
  enum When { AUTO, ALWAYS, NEVER }

  private static final ProgressDisplay SILENT = new ProgressDisplay(null);
  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  private ProgressDisplay(PrintWriter err) {
    this.err = err;
  }

  static ProgressDisplay open(When when, PrintWriter err) {
    boolean show = switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> stderrIsTerminal() && System.getenv("CI") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
    return show ? new ProgressDisplay(err) : SILENT;
  }

  /**
   * Java 17 cannot ask about standard error itself; on Linux its descriptor shows where it leads,
   * elsewhere a console on standard input and output is the best hint there is.
   */
  private static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // fall through to the console check
    }
    return System.console() != null;
  }

  @Override
  public void started(int datasets) {
    total = datasets;
  }

  @Override
  public synchronized void finished(String dataset) {
    if (err == null || total < 2) {
      return;
    }
    int n = done.incrementAndGet();
    String shown = TerminalSafeWriter.safe(dataset).replace('\n', '\uFFFD');
    String name = shown.length() > 50 ? "…" + shown.substring(shown.length() - 49) : shown;
    err.print("\r\033[K检查 " + n + "/" + total + "  " + name);
    err.flush();
  }

  @Override
  public void close() {
    if (err != null && total >= 2 && done.get() > 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
