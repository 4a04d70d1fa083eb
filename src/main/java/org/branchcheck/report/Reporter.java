package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.branchcheck.engine.CheckResult;

/** Writes one check result in one format. Pure: no console, no files, no clock. */
public interface Reporter {
  void write(CheckResult result, Writer out) throws IOException;
}
