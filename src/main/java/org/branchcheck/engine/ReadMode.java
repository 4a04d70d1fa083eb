package org.branchcheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.branchcheck.io.WorkbookReader;

/**
 * How a dataset folder is read: whole into memory, or streamed (large tables kept as text,
 * attendance folded row by row into per-member totals). Both give the same results; streaming
 * bounds memory by members rather than by rows.
 */
public enum ReadMode {
  /** Stream CSV folders whose tables add up to at least {@link #AUTO_BYTES}. */
  AUTO,
  ALWAYS,
  NEVER;

  /** From this size on, a folder is streamed under {@code auto}. */
  public static final long AUTO_BYTES = 64L << 20;

  boolean streams(Path dataset) {
    if (this == NEVER || !Files.isDirectory(dataset)
        || !WorkbookReader.workbooksIn(dataset).isEmpty()) {
      return false; // a workbook's sheets are streamed as they are read, whatever the mode
    }
    if (this == ALWAYS) {
      return true;
    }
    try (Stream<Path> files = Files.list(dataset)) {
      long total = files.filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT)
          .endsWith(".csv")).mapToLong(p -> p.toFile().length()).sum();
      return total >= AUTO_BYTES;
    } catch (IOException e) {
      return false;
    }
  }
}
