package org.branchcheck.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.branchcheck.model.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same template comes out byte for byte the same, whenever it is written. */
class DeterministicBytesTest {

  @ParameterizedTest
  @EnumSource(Lang.class)
  void twoWorkbooksWrittenAcrossAClockTickAreIdentical(Lang lang)
      throws IOException, InterruptedException {
    byte[] first = WorkbookTemplate.bytes(Notes.shipped(), lang);
    // Zip entries hold times to 2 seconds and document dates to 1: wait for both to change.
    long tick = System.currentTimeMillis() / 2000;
    while (System.currentTimeMillis() / 2000 == tick) {
      Thread.sleep(50);
    }
    byte[] second = WorkbookTemplate.bytes(Notes.shipped(), lang);
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void noEntryOrDocumentPropertyCarriesTheTimeOfTheRun(Lang lang) throws IOException {
    byte[] workbook = WorkbookTemplate.bytes(Notes.shipped(), lang);
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries++;
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(StableZip.ENTRY_TIME);
        String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().equals("docProps/core.xml")) {
          assertThat(text).doesNotContain("created", "modified").contains("branchcheck");
        }
      }
    }
    assertThat(entries).isGreaterThan(Lang.values().length + 10);
  }
}
