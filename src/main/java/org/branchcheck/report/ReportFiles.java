package org.branchcheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.branchcheck.engine.RunResult;

/**
 * Writes a report to a file atomically: into a temporary file beside it, then renamed over it, so
 * an interrupted run never leaves a half-written report where the last good one was. A link is
 * followed to the file it names; a device or pipe (such as /dev/stdout) is written directly, since
 * it cannot be replaced. The new file keeps the old one's permissions, or gets rw-r--r--. The
 * reporter writes bytes, so a binary format (xlsx) takes the same path as the text ones.
 */
public final class ReportFiles {
  private static final Set<PosixFilePermission> DEFAULT_MODE =
      PosixFilePermissions.fromString("rw-r--r--");

  private ReportFiles() {}

  public static void write(Path target, ReportFormat format, RunResult run) throws IOException {
    write(target, format.reporter(), run);
  }

  public static void write(Path target, Reporter reporter, RunResult run) throws IOException {
    Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException(target + " is a folder; name a file");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute))) {
        reporter.write(run, out);
      }
      return;
    }
    atomically(absolute, out -> reporter.write(run, out));
  }

  /** What is written into a file: bytes to a stream the caller closes. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a regular file atomically: into a temporary file beside it, then renamed over it,
   * keeping the old file's permissions (a new file gets rw-r--r--).
   */
  public static void atomically(Path file, Content content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".partial");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      keepMode(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Temporary files are private (0600); a report is not, so it takes the old file's mode. */
  private static void keepMode(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(Files.exists(target)
          ? Files.getPosixFilePermissions(target) : DEFAULT_MODE);
    }
  }

  /** Why a write failed, in words a user can act on. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied (" + a.getFile() + ")";
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder (" + n.getFile() + ")";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + " (" + f.getFile() + ")";
    }
    return e.getMessage();
  }
}
