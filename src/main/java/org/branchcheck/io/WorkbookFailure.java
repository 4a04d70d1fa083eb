package org.branchcheck.io;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.xml.sax.SAXParseException;

/** Why a workbook or one of its sheets could not be read, as a problem a user can act on. */
final class WorkbookFailure {
  private static final int MAX_DETAIL = 200;

  private WorkbookFailure() {}

  static Problem of(SourceLocation at, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("max size allowed")
          || m.contains("exceeds the max")) {
        return Problem.of(at, ReadMessage.WORKBOOK_TOO_LARGE, WorkbookReader.MAX_PART_BYTES >> 20,
            Math.round(1 / WorkbookReader.MIN_INFLATE_RATIO));
      }
    }
    if (e instanceof SAXParseException x) {
      return Problem.of(at, ReadMessage.NOT_A_WORKBOOK, detail("XML line " + x.getLineNumber()
          + ": " + x.getMessage()));
    }
    if (e instanceof NotOfficeXmlFileException) {
      return Problem.of(at, ReadMessage.NOT_A_WORKBOOK, "not an Office Open XML package");
    }
    String m = e.getMessage();
    return Problem.of(at, ReadMessage.NOT_A_WORKBOOK,
        detail(m == null || m.isBlank() ? e.getClass().getSimpleName() : m));
  }

  private static String detail(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
  }
}
