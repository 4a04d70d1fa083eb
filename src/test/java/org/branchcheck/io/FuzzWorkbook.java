package org.branchcheck.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A valid workbook (sheets 组织 and 党员名册) whose 党员名册 sheet XML is given bytes. */
final class FuzzWorkbook {
  private static final byte[] TEMPLATE = template();
  static final String SHEET = "xl/worksheets/sheet2.xml";

  private FuzzWorkbook() {}

  static byte[] withSheetXml(byte[] xml) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TEMPLATE));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(SHEET) ? xml : in.readAllBytes());
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sheet XML of a workbook as POI writes it, a seed for the fuzzer. */
  static byte[] sheetXml(Workbooks.Sheet members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var wb = Workbooks.build(orgs(), members)) {
      wb.write(bytes);
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(SHEET)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IOException("no " + SHEET);
  }

  private static Workbooks.Sheet orgs() {
    return Workbooks.sheet("组织", new Object[] {"组织编号", "组织类型"},
        new Object[] {"B01", "党支部"});
  }

  private static byte[] template() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var wb = Workbooks.build(orgs(), Workbooks.sheet("党员名册",
        new Object[] {"党员编号", "所在组织"}, new Object[] {"M01", "B01"}))) {
      wb.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
