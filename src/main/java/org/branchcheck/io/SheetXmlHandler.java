package org.branchcheck.io;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams by (SAX): only non-empty cells are kept, as text, so a
 * sheet costs what its values do, not what its XML or its formatting does. A formula's last
 * computed value is read, never the formula. A cell holding an error (#N/A, #REF!) is a problem.
 */
final class SheetXmlHandler extends DefaultHandler {
  private final SharedStrings strings;
  private final CellText format;
  private final SourceLocation sheetAt;
  private final List<Problem> problems;
  final SheetCells cells = new SheetCells();

  private int row;
  private int column;
  private String type;
  private int style;
  private final StringBuilder value = new StringBuilder();
  private boolean inValue;
  private boolean inInlineText;
  private boolean inPhonetic;
  private int[] columns = new int[16];
  private String[] texts = new String[16];
  private byte[] kinds = new byte[16];
  private int size;

  SheetXmlHandler(SharedStrings strings, CellText format, SourceLocation sheetAt,
      List<Problem> problems) {
    this.strings = strings;
    this.format = format;
    this.sheetAt = sheetAt;
    this.problems = problems;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a)
      throws SAXException {
    switch (local) {
      case "row" -> {
        String r = a.getValue("r");
        row = r == null ? row + 1 : number(r, "row");
        column = 0;
        size = 0;
      }
      case "c" -> {
        String r = a.getValue("r");
        column = r == null ? column + 1 : columnOf(r);
        type = a.getValue("t");
        String s = a.getValue("s");
        style = s == null ? 0 : number(s, "style");
        value.setLength(0);
      }
      case "v" -> inValue = true;
      case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
      case "rPh" -> inPhonetic = true;
      case "mergeCell" -> merge(a.getValue("ref"));
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInlineText) {
      value.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    switch (local) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> cell();
      case "row" -> endRow();
      default -> { }
    }
  }

  private void cell() throws SAXException {
    String raw = value.toString();
    String text;
    byte kind = SheetCells.TEXT;
    if (type == null || type.equals("n")) {
      if (raw.isEmpty()) {
        return;
      }
      text = format.number(raw, style);
      kind = text.equals(raw) || !format.isDate(style) ? SheetCells.NUMBER : SheetCells.TEXT;
    } else {
      text = switch (type) {
        case "s" -> shared(raw);
        case "b" -> raw.equals("1") ? "true" : raw.equals("0") ? "false" : raw;
        case "e" -> {
          problems.add(Problem.of(new SourceLocation(sheetAt.file(), sheetAt.sheet(), row,
              column), ReadMessage.CELL_ERROR, raw));
          yield "";
        }
        default -> raw; // str (a formula's text), inlineStr, d (an ISO date)
      };
    }
    if (text.isEmpty()) {
      return;
    }
    if (size == columns.length) {
      columns = Arrays.copyOf(columns, size * 2);
      texts = Arrays.copyOf(texts, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
    }
    columns[size] = column;
    texts[size] = text;
    kinds[size] = kind;
    size++;
  }

  private String shared(String raw) throws SAXException {
    int i = number(raw, "shared string");
    if (i >= strings.getUniqueCount()) {
      throw new SAXException("cell " + CellReference.convertNumToColString(column - 1) + row
          + " refers to shared string " + i + " of " + strings.getUniqueCount());
    }
    return strings.getItemAt(i).getString();
  }

  private void endRow() {
    if (size == 0) {
      return;
    }
    int[] c = Arrays.copyOf(columns, size);
    String[] t = Arrays.copyOf(texts, size);
    byte[] k = Arrays.copyOf(kinds, size);
    if (!sorted(c)) {
      // Excel writes cells in column order; a hand-made file might not, and lookups need it.
      Integer[] order = new Integer[size];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, java.util.Comparator.comparingInt(i -> columns[i]));
      for (int i = 0; i < size; i++) {
        c[i] = columns[order[i]];
        t[i] = texts[order[i]];
        k[i] = kinds[order[i]];
      }
    }
    cells.rows.add(new SheetCells.Row(row, c, t, k));
    size = 0;
  }

  private static boolean sorted(int[] a) {
    for (int i = 1; i < a.length; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  private void merge(String ref) throws SAXException {
    if (ref == null || !ref.contains(":")) {
      return;
    }
    String[] ends = ref.split(":", 2);
    CellReference from = reference(ends[0]);
    CellReference to = reference(ends[1]);
    cells.merges.add(new SheetCells.Merge(from.getRow() + 1, from.getCol() + 1, to.getRow() + 1,
        to.getCol() + 1));
  }

  private int columnOf(String ref) throws SAXException {
    return reference(ref).getCol() + 1;
  }

  private static CellReference reference(String ref) throws SAXException {
    if (!ref.matches("[A-Za-z]{1,3}[0-9]{1,7}")) {
      throw new SAXException("'" + ref + "' is not a cell reference");
    }
    CellReference c = new CellReference(ref);
    if (c.getCol() > 16383 || c.getRow() > 1048575 || c.getRow() < 0) {
      throw new SAXException("cell " + ref + " is outside a sheet's 16,384 × 1,048,576 cells");
    }
    return c;
  }

  private static int number(String text, String what) throws SAXException {
    try {
      int n = Integer.parseInt(text);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new SAXException("'" + text + "' is not a " + what + " number");
    }
  }
}
