package org.branchcheck.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.branchcheck.generate.DistrictGenerator;
import org.branchcheck.generate.GeneratorOptions;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.io.TableSchema;
import org.branchcheck.model.Table;

/**
 * Reading a district kept as one workbook against reading it as CSV files: a generated district
 * (MEMBERS members, 20 sessions per branch) written as CSV and as an .xlsx whose sheets hold the
 * same text (shared strings, as Excel saves), both read whole, interleaved, RUNS times; medians,
 * and the heap held by what was read.
 * Usage: WorkbookBenchmark MEMBERS RUNS FOLDER
 */
public final class WorkbookBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2005, 8, 31);

  public static void main(String[] args) throws IOException {
    int members = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path root = Files.createDirectories(Path.of(args[2]));
    Path csv = root.resolve("district-" + members);
    Path xlsx = root.resolve("district-" + members + ".xlsx");
    if (!Files.exists(csv)) {
      DistrictGenerator.writeFolder(new GeneratorOptions(2005, members, 20),
          Files.createDirectories(csv), true);
    }
    long start = System.nanoTime();
    if (!Files.exists(xlsx)) {
      write(csv, xlsx);
      System.out.printf("workbook written in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    System.out.printf("CSV %,d bytes; workbook %,d bytes%n", size(csv), Files.size(xlsx));
    double[] csvTimes = new double[runs];
    double[] xlsxTimes = new double[runs];
    for (int r = 0; r < runs; r++) {
      csvTimes[r] = time(csv, "csv");
      xlsxTimes[r] = time(xlsx, "xlsx");
    }
    Arrays.sort(csvTimes);
    Arrays.sort(xlsxTimes);
    System.out.printf("median: CSV %.2f s, workbook %.2f s, workbook / CSV %.2f%n",
        csvTimes[runs / 2], xlsxTimes[runs / 2], xlsxTimes[runs / 2] / csvTimes[runs / 2]);
  }

  private static double time(Path dataset, String what) {
    System.gc();
    long before = used();
    long start = System.nanoTime();
    DatasetReader.ReadResult r = DatasetReader.read(dataset, AS_OF);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long held = used() - before;
    System.out.printf("%s: %.2f s, %,d attendance rows, %d problems, %,d MB held%n", what,
        seconds, r.dataset().attendance().size(), r.problems().size(), held >> 20);
    return seconds;
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Each CSV table as a sheet of text cells under its Chinese name, streamed out. */
  private static void write(Path csv, Path xlsx) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(csv)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
        OutputStream out = Files.newOutputStream(xlsx)) {
      for (Path f : files) {
        String name = f.getFileName().toString().replace(".csv", "");
        Table table = TableSchema.tableNamed(name).orElseThrow();
        SXSSFSheet sheet = wb.createSheet(table.names().get(1));
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          int r = 0;
          for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < record.size(); c++) {
              String v = record.get(c).replace("\uFEFF", "");
              if (!v.isEmpty()) {
                row.createCell(c).setCellValue(v);
              }
            }
          }
        }
      }
      wb.write(out);
      wb.dispose();
    }
  }

  private WorkbookBenchmark() {}

}
