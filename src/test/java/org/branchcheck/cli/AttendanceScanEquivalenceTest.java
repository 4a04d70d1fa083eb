package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick scan of attendance gives the report the general CSV reader gives, on an example's
 * attendance table rewritten every way a submitted file can differ: encodings and byte-order marks,
 * line endings, quoting, ragged and blank rows, odd values, headers, bytes that are not UTF-8.
 */
class AttendanceScanEquivalenceTest {
  private static final Path EXAMPLE = Path.of("examples/office-general-branches");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  static Stream<Arguments> variants() {
    return Stream.of(
        variant("UTF-8, LF, no BOM", lines -> utf8(lines, "\n")),
        variant("UTF-8 with BOM, CRLF", lines -> concat(BOM, utf8(lines, "\r\n"))),
        variant("no line break at the end", lines -> utf8(lines, "\n", "")),
        variant("a CR alone at the end", lines -> utf8(lines, "\n", "\r")),
        variant("CR line endings", lines -> utf8(lines, "\r")),
        variant("GB18030", lines -> encode(lines, "\n", Charset.forName("GB18030"))),
        variant("UTF-16LE with BOM", lines -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            encode(lines, "\n", StandardCharsets.UTF_16LE))),
        variant("a quoted id half way", lines -> utf8(edit(lines, 500,
            l -> "\"" + l.substring(0, l.indexOf(',')) + "\"" + l.substring(l.indexOf(','))),
            "\n")),
        variant("a quoted field spanning lines", lines -> utf8(edit(lines, 300,
            l -> l.substring(0, l.lastIndexOf(',') + 1) + "\"\n\""), "\n")),
        variant("an unbalanced quote", lines -> utf8(edit(lines, 700, l -> l + "\"x"), "\n")),
        variant("spaces around values", lines -> utf8(edit(lines, 5,
            l -> " " + l.replace(",", " , ") + " "), "\n")),
        variant("ragged rows", lines -> utf8(edit(edit(lines, 9, l -> l + ",extra"), 10,
            l -> l.substring(0, l.indexOf(','))), "\n")),
        variant("blank and empty rows", lines -> utf8(edit(edit(lines, 20, l -> ""), 21,
            l -> ",,,,"), "\n")),
        variant("unknown session and member", lines -> utf8(edit(edit(lines, 30,
            l -> "NOPE" + l.substring(l.indexOf(','))), 31,
            l -> l.replaceFirst(",[^,]*,", ",NOBODY,")), "\n")),
        variant("bad and odd hours", lines -> utf8(hours(lines,
            List.of("abc", "25", "1.234", "-1", "２", "1.5", "0", "24", "1.", "007")), "\n")),
        variant("statuses spelled otherwise", lines -> utf8(statuses(lines,
            List.of("到", "present", "PRESENT", "出勤", "缺勤", "请假", "补课", "送课上门", "迟到")),
            "\n")),
        variant("bytes that are not UTF-8", lines -> {
          byte[] text = utf8(lines, "\n");
          text[text.length / 2] = (byte) 0xFF;
          return text;
        }),
        variant("not UTF-8 after a BOM", lines -> {
          byte[] text = concat(BOM, utf8(lines, "\n"));
          text[text.length / 2] = (byte) 0xC0;
          return text;
        }),
        variant("a byte-order mark inside", lines -> utf8(edit(lines, 40,
            l -> "\uFEFF" + l), "\n")),
        variant("Chinese header, columns reordered, an extra one", lines -> {
          List<String> out = new ArrayList<>();
          for (String l : lines) {
            String[] f = (l + ",x").split(",", -1);
            out.add(out.isEmpty() ? "备注,状态,党员,学习活动,学时,补课对象"
                : f[5] + "," + f[2] + "," + f[1] + "," + f[0] + "," + f[3] + "," + f[4]);
          }
          return utf8(out, "\n");
        }),
        variant("a column named twice", lines -> utf8(edit(lines, 0, l -> l + ",status"),
            "\n")),
        variant("header only", lines -> utf8(lines.subList(0, 1), "\n")),
        variant("empty file", lines -> new byte[0]),
        variant("a line longer than the read buffer", lines -> utf8(edit(lines, 600,
            l -> l + "," + "长".repeat(2_000_000)), "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void quickScanReportsAsTheGeneralReaderDoes(String name, Function<List<String>, byte[]> make)
      throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String text = Files.readString(EXAMPLE.resolve("attendance.csv")).replace("\uFEFF", "");
    List<String> lines = List.of(text.replace("\r\n", "\n").split("\n"));
    Files.write(dir.resolve("attendance.csv"), make.apply(lines));
    for (String format : List.of("json", "text")) {
      assertThat(report(format, "always")).as(name).isEqualTo(report(format, "never"));
    }
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Timeout(60)
  void aNamedPipeIsReadAsTheFileWouldBe() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String expected = report("json", "always");
    byte[] attendance = Files.readAllBytes(dir.resolve("attendance.csv"));
    Files.delete(dir.resolve("attendance.csv"));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("attendance.csv").toString())
        .start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
    Thread writer = new Thread(() -> {
      // a pipe blocks its writer until a reader opens it: here, the check below
      try (var out = Files.newOutputStream(dir.resolve("attendance.csv"))) {
        out.write(attendance);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    assertThat(report("json", "always")).isEqualTo(expected);
    writer.join();
  }

  private String report(String format, String stream) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ScenarioTest.run(List.of("check", dir.toString(), "--as-of", "2005-06-30",
        "--stream", stream, "--format", format), out, err);
    return "exit " + exit + "\n" + out + err;
  }

  private static Arguments variant(String name, Function<List<String>, byte[]> make) {
    return Arguments.of(name, make);
  }

  private static List<String> edit(List<String> lines, int at, Function<String, String> how) {
    List<String> out = new ArrayList<>(lines);
    out.set(at, how.apply(lines.get(at)));
    return out;
  }

  private static List<String> hours(List<String> lines, List<String> values) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < values.size(); i++) {
      String[] f = lines.get(50 + i * 7).split(",", -1);
      f[3] = values.get(i);
      out.set(50 + i * 7, String.join(",", f));
    }
    return out;
  }

  private static List<String> statuses(List<String> lines, List<String> values) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < values.size(); i++) {
      String[] f = lines.get(120 + i * 11).split(",", -1);
      f[2] = values.get(i);
      out.set(120 + i * 11, String.join(",", f));
    }
    return out;
  }

  private static byte[] utf8(List<String> lines, String eol) {
    return encode(lines, eol, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(List<String> lines, String eol, String last) {
    String text = String.join(eol, lines) + last;
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encode(List<String> lines, String eol, Charset charset) {
    return (String.join(eol, lines) + eol).getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
