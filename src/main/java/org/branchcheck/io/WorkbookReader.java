package org.branchcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a dataset from one .xlsx workbook whose sheets are its tables, named as CSV files are
 * (members or 党员名册). Sheets are streamed (SAX), never loaded as a whole workbook; the file is
 * opened read-only and never saved. A sheet named 说明 (a template's instructions) is skipped; an
 * empty sheet with another name (Sheet1, left by Excel) is passed by; a sheet with content and an
 * unknown name is a problem, so a misspelt sheet name cannot drop a table silently.
 */
public final class WorkbookReader {
  /** A workbook's parts are held to what one CSV file may be once unpacked. */
  static final long MAX_PART_BYTES = DatasetReader.MAX_FILE_BYTES;
  /** POI's own bound on how well a part may compress before it looks like a zip bomb. */
  static final double MIN_INFLATE_RATIO = 0.01;
  static final Set<String> NOTES_SHEETS = Set.of("说明", "填表说明", "instructions", "readme");

  static {
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
  }

  private WorkbookReader() {}

  static boolean isWorkbook(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls"))
        && !name.startsWith("~$"); // the lock file Excel keeps beside an open workbook
  }

  /** The workbooks in a folder, in name order; Excel's lock files (~$name.xlsx) are not. */
  public static List<Path> workbooksIn(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> WorkbookReader.isWorkbook(p) && !Files.isDirectory(p))
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static List<RawTable> read(Path path, String file, List<InputFile> files,
      List<Problem> problems) {
    SourceLocation at = SourceLocation.ofFile(file);
    List<RawTable> tables = new ArrayList<>();
    try {
      long size = Files.size(path);
      if (size > DatasetReader.MAX_FILE_BYTES) {
        problems.add(Problem.of(at, ReadMessage.FILE_TOO_LARGE,
            DatasetReader.MAX_FILE_BYTES >> 20));
        return tables;
      }
      files.add(new InputFile(file, "xlsx", size, Sha256.hex(path)));
      FileMagic magic;
      try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
        magic = FileMagic.valueOf(in);
      }
      if (magic == FileMagic.OLE2) {
        problems.add(Problem.of(at, ReadMessage.OLD_WORKBOOK));
        return tables;
      }
      if (magic != FileMagic.OOXML) {
        problems.add(Problem.of(at, ReadMessage.NOT_A_WORKBOOK, "not a zip package"));
        return tables;
      }
      readPackage(path, file, tables, problems);
    } catch (IOException e) {
      problems.add(Problem.of(at, ReadMessage.CANNOT_READ, e.getMessage()));
    }
    return tables;
  }

  private static void readPackage(Path path, String file, List<RawTable> tables,
      List<Problem> problems) {
    OPCPackage pkg = null;
    Map<Table, String> sheets = new EnumMap<>(Table.class);
    String sheet = "";
    try {
      pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      CellText format = new CellText(reader.getStylesTable(), date1904(reader));
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          sheet = it.getSheetName();
          readSheet(in, file, sheet, strings, format, sheets, tables, problems);
        } catch (Exception e) {
          // One damaged sheet: the others are still read; references into it are not judged.
          SourceLocation at = SourceLocation.ofSheet(file, sheet);
          problems.add(WorkbookFailure.of(at, e));
          TableSchema.tableNamed(sheet).filter(t -> !sheets.containsKey(t)).ifPresent(t -> {
            sheets.put(t, it.getSheetName());
            tables.add(new RawTable(t, at, List.of(), false));
          });
        }
      }
    } catch (Exception e) {
      // POI reports a damaged package with many kinds of exception, unchecked ones included.
      SourceLocation at = sheet.isEmpty() ? SourceLocation.ofFile(file)
          : SourceLocation.ofSheet(file, sheet);
      problems.add(WorkbookFailure.of(at, e));
    } finally {
      if (pkg != null) {
        pkg.revert(); // close() would save a package; a read-only one is only let go of
      }
    }
  }

  private static void readSheet(InputStream in, String file, String sheet,
      ReadOnlySharedStringsTable strings, CellText format, Map<Table, String> sheets,
      List<RawTable> tables, List<Problem> problems) throws Exception {
    SourceLocation at = SourceLocation.ofSheet(file, sheet);
    if (NOTES_SHEETS.contains(TableSchema.normalise(sheet))) {
      return;
    }
    Optional<Table> table = TableSchema.tableNamed(sheet);
    if (table.isPresent() && sheets.containsKey(table.get())) {
      problems.add(Problem.of(at, ReadMessage.TABLE_TWICE, table.get().code(),
          SourceLocation.ofSheet(file, sheets.get(table.get())).sheetReference()));
      return;
    }
    SheetXmlHandler handler = new SheetXmlHandler(strings, format, at, problems);
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
    handler.cells.rows.sort(java.util.Comparator.comparingInt(SheetCells.Row::row));
    if (table.isEmpty()) {
      if (!handler.cells.rows.isEmpty()) {
        problems.add(Problem.of(at, ReadMessage.UNKNOWN_SHEET, Stream.of(Table.values())
            .map(t -> t.code() + "/" + t.names().get(1)).toList()));
      }
      return;
    }
    sheets.put(table.get(), sheet);
    tables.add(SheetTable.read(table.get(), at, handler.cells, format, problems));
  }

  /** Whether the workbook counts days from 1904 (old Mac Excel) rather than from 1900. */
  private static boolean date1904(XSSFReader reader) throws Exception {
    boolean[] found = new boolean[1];
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String q, org.xml.sax.Attributes a) {
        if (local.equals("workbookPr")) {
          String v = a.getValue("date1904");
          found[0] = "1".equals(v) || "true".equals(v);
        }
      }
    });
    try (InputStream in = reader.getWorkbookData()) {
      xml.parse(new InputSource(in));
    }
    return found[0];
  }
}
