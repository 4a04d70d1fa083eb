package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.branchcheck.engine.RunResult;

/** Placeholder until the format is written. */
public final class CsvReporter implements Reporter {
  @Override
  public void write(RunResult run, Writer out) throws IOException {
    out.write("");
  }
}
