package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.branchcheck.model.EssayContent;
import org.branchcheck.model.TextCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Essay files read from a dataset folder: each fixture's expected counts are worked out by hand
 * from the Word/WPS rules (every 汉字 and full-width mark 1, every half-width run 1, spaces 0).
 */
class EssayFilesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/essays");

  @ParameterizedTest(name = "{0}: word={1} nospace={2} han={3}")
  @CsvSource({
      // 学习党章 4 + ， 1 + 争做合格党员 6 + 。 1 = 12; all 12 are non-space; 10 汉字
      "chinese.txt, txt, 12, 12, 10",
      // the same sentence in the encodings Windows editors save: GB18030, UTF-8 with BOM, UTF-16
      "gb18030.txt, txt, 12, 12, 10",
      "utf8-bom.txt, txt, 12, 12, 10",
      "utf16le-bom.txt, txt, 12, 12, 10",
      // 我们学习了 5 + CEL 1 + 规则和 3 + Java 1 + 17 1 + 的新特性 4 + 。 1 = 16;
      // non-space 5+3+3+4+2+4+1 = 22; 汉字 5+3+4 = 12
      "mixed.txt, txt, 16, 22, 12",
      // 2005|年|7|月|25|日 = 6, 召开动员大会 6, ， 1, 到会党员 4, 36 1, 名 1, ， 1, 出勤率达 4,
      // 97.3% 1, 。 1 = 26; non-space 4+1+1+1+2+1+6+1+4+2+1+1+4+5+1 = 35; 汉字 3+6+4+1+4 = 18
      "numbers.txt, txt, 26, 35, 18",
      // 你好 2, half-width ',' between 汉字 1, 世界 2, '!Hello,' 1, 'World!' 1, （ 1, 全角括号 4,
      // ） 1 = 13; non-space 2+1+2+7+6+1+4+1 = 24; 汉字 8
      "punctuation.txt, txt, 13, 24, 8",
      // rendered: 标题 2, 加粗 2 + 的文字和 4 + 链接 2 + 。 1, 列表一 3, 列表二 3 = 17; the URL, the
      // markup and the HTML tag do not count (内 between tags does: 18); non-space 18; 汉字 17
      "essay.md, md, 18, 18, 17",
      // a Word 97-2003 file holding chinese.txt's sentence
      "legacy.doc, doc, 12, 12, 10"})
  void countsEachFormatAndEncoding(String file, String format, long word, long noSpaces,
      long han) throws Exception {
    EssayFiles files = EssayFiles.in(FIXTURES);
    EssayContent c = files.read(file);
    assertThat(c.format()).isEqualTo(format);
    assertThat(c.body()).isEqualTo(new TextCounts(word, noSpaces, han));
    assertThat(files.files()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo(file);
      assertThat(f.sha256()).hasSize(64);
    });
  }

  @Test
  void anInlineTextIsCountedTooAndCanBeReadAgain() throws Exception {
    EssayContent c = EssayFiles.inline("学习党章，争做合格党员。");
    assertThat(c.body()).isEqualTo(new TextCounts(12, 12, 10));
    assertThat(EssayFiles.reread(c).body()).isEqualTo("学习党章，争做合格党员。");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "../chinese.txt|a path inside the dataset folder ('..' leads out of it)",
      "sub/../../x.txt|a path inside the dataset folder ('..' leads out of it)",
      "/etc/passwd|a path inside the dataset folder (absolute paths are refused)",
      "C:\\Users\\a.docx|a path inside the dataset folder (absolute paths are refused)",
      "file:///etc/passwd|a path inside the dataset folder (absolute paths are refused)",
      "~/a.txt|a path inside the dataset folder (absolute paths are refused)",
      "missing.docx|an existing file: there is no missing.docx in the dataset folder",
      "scan.pdf|a .txt, .md, .docx or .doc file (save .pdf files as .docx)",
      "fake.docx|a readable .docx (the file is not a Word document)",
      "sub|a file (sub is a folder or a device)"})
  void refusesPathsAndFilesItCannotUse(String value, String expected, @TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4");
    Files.writeString(dir.resolve("fake.docx"), "just text");
    assertThatThrownBy(() -> EssayFiles.in(dir).read(value))
        .isInstanceOf(Values.BadValue.class).hasMessage(expected);
  }

  @Test
  void refusesALinkLeadingOutOfTheDataset(@TempDir Path dir) throws IOException {
    Path dataset = Files.createDirectories(dir.resolve("dataset"));
    Path outside = Files.writeString(dir.resolve("secret.txt"), "机密");
    Files.createSymbolicLink(dataset.resolve("essay.txt"), outside);
    assertThatThrownBy(() -> EssayFiles.in(dataset).read("essay.txt"))
        .hasMessage("a file inside the dataset folder (a link leading out of it is refused)");
  }

  @Test
  void dataWrittenInlineHasNoFolderForFiles() {
    assertThatThrownBy(() -> EssayFiles.none().read("a.txt"))
        .hasMessageContaining("give the essay's text in the 'text' column");
  }

  @Test
  void refusesAnOversizedFileBeforeReadingIt(@TempDir Path dir) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
      f.setLength(EssayFiles.MAX_BYTES + 1); // sparse: nothing is written
    }
    assertThatThrownBy(() -> EssayFiles.in(dir).read("big.txt"))
        .hasMessage("a file of at most 20 MiB (it has 21 MiB)");
  }

  @Test
  void refusesAZipBombDisguisedAsADocx(@TempDir Path dir) throws IOException {
    // 64 MiB of zeros deflate to about 64 KiB: a ratio far below the 1 % a .docx may have
    try (OutputStream out = Files.newOutputStream(dir.resolve("bomb.docx"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThatThrownBy(() -> EssayFiles.in(dir).read("bomb.docx"))
        .hasMessageStartingWith("a readable .docx (refused as a zip bomb");
  }

  @Test
  void refusesACorruptDocxAsABadValueNotACrash(@TempDir Path dir) throws IOException {
    byte[] good = DocxFixtures.simple("学习党章");
    byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
    Files.write(dir.resolve("cut.docx"), cut);
    assertThatThrownBy(() -> EssayFiles.in(dir).read("cut.docx"))
        .isInstanceOf(Values.BadValue.class).hasMessageStartingWith("a readable .docx (");
  }

  @Test
  void readingLeavesTheFileUntouched(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.docx");
    Files.write(file, DocxFixtures.simple("学习党章，争做合格党员。"));
    FileTime before = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(EssayFiles.in(dir).read("a.docx").body().words()).isEqualTo(12);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    try (var list = Files.list(dir)) {
      assertThat(list).containsExactly(file);
    }
  }
}
