package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.branchcheck.engine.RunResult;

/**
 * Writes one run (one or many datasets) in one format. Pure: no console, no files, no clock, so
 * the same result always gives the same bytes.
 */
public interface Reporter {
  void write(RunResult run, Writer out) throws IOException;
}
