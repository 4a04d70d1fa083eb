package org.branchcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.branchcheck.engine.RunResult;

/**
 * Writes one run (one or many datasets) in one format. Pure: no console, no files, no clock, so
 * the same result always gives the same bytes. A text format writes characters and gets its bytes
 * as UTF-8; a {@link #binary} format writes only bytes and refuses a {@link Writer}.
 */
public interface Reporter {
  void write(RunResult run, Writer out) throws IOException;

  /**
   * The report as bytes. The stream belongs to the caller and is left open. The encoder reports
   * a character UTF-8 cannot encode (a lone surrogate) instead of writing a '?' for it.
   */
  default void write(RunResult run, OutputStream out) throws IOException {
    Writer text = new BufferedWriter(new OutputStreamWriter(out,
        StandardCharsets.UTF_8.newEncoder()));
    write(run, text);
    text.flush();
  }

  /** True for a format that is not text, which a terminal or a pipe of text cannot take. */
  default boolean binary() {
    return false;
  }
}
