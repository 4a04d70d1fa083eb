package org.branchcheck.report;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The report formats, which are also the choices of {@code --format} and {@code --output}. Kept
 * sorted.
 */
public enum ReportFormat {
  CSV(CsvReporter::new),
  GITHUB(GithubReporter::new),
  HTML(HtmlReporter::new),
  JSON(JsonReporter::new),
  JUNIT(JunitReporter::new),
  MARKDOWN(MarkdownReporter::new),
  SARIF(SarifReporter::new),
  TEXT(TextReporter::new),
  XLSX(XlsxReporter::new);

  private final Supplier<Reporter> factory;

  ReportFormat(Supplier<Reporter> factory) {
    this.factory = factory;
  }

  public Reporter reporter() {
    return factory.get();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
