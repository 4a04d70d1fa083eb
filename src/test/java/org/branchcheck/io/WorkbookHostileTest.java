package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import org.branchcheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks made to hurt: the reader refuses them with a problem, and never writes to them. */
class WorkbookHostileTest {
  private static final LocalDate AS_OF = LocalDate.of(2005, 8, 31);
  private static final String NS =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

  @TempDir Path dir;

  private List<String> problemsOf(byte[] sheetXml) throws IOException {
    Path file = Files.write(dir.resolve("台账.xlsx"), FuzzWorkbook.withSheetXml(sheetXml));
    return DatasetReader.read(file, AS_OF).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aSheetThatUnpacksToFarMoreThanItsSizeIsAZipBomb() throws IOException {
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    xml.write((NS + "<sheetData>").getBytes(StandardCharsets.UTF_8));
    byte[] spaces = new byte[40 << 20]; // 40 MiB of spaces packs into about 40 KiB
    java.util.Arrays.fill(spaces, (byte) ' ');
    xml.write(spaces);
    xml.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));

    assertThat(problemsOf(xml.toByteArray())).containsExactly(
        "台账.xlsx:党员名册: a part of the workbook unpacks to more than 512 MiB, or 100 times its"
            + " packed size; split the workbook or save the tables as CSV");
  }

  @Test
  void anEntityDeclarationIsRefusedNotExpanded() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + NS + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
        + "</sheetData></worksheet>";

    List<String> problems = problemsOf(xxe.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).singleElement().asString()
        .startsWith("台账.xlsx:党员名册: not an .xlsx workbook: XML line 1:")
        .doesNotContain("root:");
  }

  @Test
  void cellReferencesOutsideASheetAndBrokenSharedStringsAreProblems() throws IOException {
    assertThat(problemsOf((NS + "<sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"
        + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)))
        .containsExactly("台账.xlsx:党员名册: not an .xlsx workbook: 'ZZZZ1' is not a cell reference");
    assertThat(problemsOf((NS + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c>"
        + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)))
        .singleElement().asString().contains("refers to shared string 99999 of");
  }

  @Test
  void aHugeExponentStaysTheTextItWasNotAMillionZeros() throws IOException {
    List<String> problems = problemsOf((NS + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
        + "<is><t>党员编号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>所在组织</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\"><v>1E+999999999</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>B01"
        + "</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));

    assertThat(problems).isEmpty();
  }

  @Test
  void readingAWorkbookLeavesItsBytesAndTimeAlone() throws IOException {
    Path file = Workbooks.write(dir.resolve("台账.xlsx"), Workbooks.sheet("党员名册",
        new Object[] {"党员编号", "所在组织"}, new Object[] {"M01", "B01"}));
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    byte[] before = Files.readAllBytes(file);

    DatasetReader.read(file, AS_OF);
    DatasetReader.read(dir, AS_OF);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
