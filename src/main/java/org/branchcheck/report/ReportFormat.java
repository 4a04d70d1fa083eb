package org.branchcheck.report;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The report formats, which are also the choices of {@code --format} and {@code --output}. Kept
 * sorted. Each names the file extension its reports usually get.
 */
public enum ReportFormat {
  CSV(CsvReporter::new, "csv"),
  GITHUB(GithubReporter::new, "txt"),
  HTML(HtmlReporter::new, "html"),
  JSON(JsonReporter::new, "json"),
  JUNIT(JunitReporter::new, "xml"),
  MARKDOWN(MarkdownReporter::new, "md"),
  SARIF(SarifReporter::new, "sarif"),
  TEXT(TextReporter::new, "txt");

  private final Supplier<Reporter> factory;
  private final String extension;

  ReportFormat(Supplier<Reporter> factory, String extension) {
    this.factory = factory;
    this.extension = extension;
  }

  public Reporter reporter() {
    return factory.get();
  }

  public String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
