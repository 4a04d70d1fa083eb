package org.branchcheck.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.branchcheck.report.ReportFormat;
import picocli.CommandLine;

/** One {@code --output FORMAT=FILE}: a report format and the file it goes to. */
record ReportOutput(ReportFormat format, Path file) {

  /** Parses {@code FORMAT=FILE}; the format is case-insensitive, the file any path. */
  static final class Converter implements CommandLine.ITypeConverter<ReportOutput> {
    @Override
    public ReportOutput convert(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0 || eq == value.length() - 1) {
        throw new CommandLine.TypeConversionException(
            "expected FORMAT=FILE, such as json=report.json, not '" + value + "'");
      }
      String name = value.substring(0, eq).toUpperCase(Locale.ROOT);
      ReportFormat format = Arrays.stream(ReportFormat.values())
          .filter(f -> f.name().equals(name)).findFirst()
          .orElseThrow(() -> new CommandLine.TypeConversionException("'"
              + value.substring(0, eq) + "' is not a format; expected one of "
              + Arrays.toString(ReportFormat.values())));
      return new ReportOutput(format, Path.of(value.substring(eq + 1)));
    }
  }
}
