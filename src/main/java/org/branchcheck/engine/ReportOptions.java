package org.branchcheck.engine;

import org.branchcheck.model.Lang;
import org.branchcheck.rules.Severity;

/**
 * How a run is judged and shown: {@code failOn} is the least severity that fails a dataset;
 * {@code failuresOnly} leaves passing and not-applicable findings out of the listings (never out
 * of the counts); {@code redacted} says people's names were replaced by pseudonyms; {@code lang}
 * is the language the problems with the input are told in.
 */
public record ReportOptions(Severity failOn, boolean failuresOnly, boolean redacted, Lang lang) {
  public static final ReportOptions DEFAULT = new ReportOptions(Severity.ERROR, false, false);

  public ReportOptions(Severity failOn, boolean failuresOnly, boolean redacted) {
    this(failOn, failuresOnly, redacted, Lang.EN);
  }
}
