package org.branchcheck.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.branchcheck.io.TableSchema;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;

/**
 * The template as a folder of CSV files: one per table with its header row only, and the
 * instructions as a text file, which the reader passes over (it reads .csv files only). Files are
 * "CSV UTF-8" as Excel saves it, with a byte-order mark, so that Excel on a Chinese Windows
 * machine opens them as UTF-8 and not as GBK.
 */
final class CsvTemplate {
  static final String EXTENSION = ".csv";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvTemplate() {}

  /** The folder's files by name, tables first in table order, then the instructions. */
  static Map<String, byte[]> files(Notes notes, Lang lang) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      files.put(Names.table(table, lang) + EXTENSION, withBom(header(table, lang)));
    }
    files.put(notes.text("readme_file").in(lang), withBom(ReadmeText.of(notes, lang)));
    return files;
  }

  private static String header(Table table, Lang lang) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(TableSchema.columns(table).stream().map(c -> Names.header(c, lang)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, bytes, 0, BOM.length);
    System.arraycopy(body, 0, bytes, BOM.length, body.length);
    return bytes;
  }
}
