package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which lines the quick scan takes itself, which it leaves to the general reader, where it stops. */
class AttendanceScannerTest {
  private static final List<String> HEADER =
      List.of("session", "member", "status", "hours", "makeup_for");

  static Stream<Arguments> lines() {
    return Stream.of(
        // text after the header, rows taken as "session member status hours makeup", slow lines,
        // the stop
        row("S1,M1,出席,,\n", List.of("0 0 PRESENT -1 -1"), List.of(), "NONE"),
        row("S2,M2,补课,1.5,S1\r\n", List.of("1 1 MAKEUP 150 0"), List.of(), "NONE"),
        row("S1,M2,present,24,\n", List.of("0 1 PRESENT 2400 -1"), List.of(), "NONE"),
        row("S1,M1,请假,0.25,\n\nS2,M1,缺席,,\n",
            List.of("0 0 LEAVE 25 -1", "1 0 ABSENT -1 -1"), List.of(), "NONE"),
        row(" S1,M1,出席,,\n", List.of(), List.of(2), "NONE"),
        row("S9,M1,出席,,\n", List.of(), List.of(2), "NONE"),
        row("S1,M9,出席,,\n", List.of(), List.of(2), "NONE"),
        row("S1,M1,出席,,S9\n", List.of(), List.of(2), "NONE"),
        row("S1,M1,迟到,,\n", List.of(), List.of(2), "NONE"),
        row("S1,M1,出席,24.5,\nS1,M1,出席,1.234,\nS1,M1,出席,x,\n", List.of(),
            List.of(2, 3, 4), "NONE"),
        row("S1,M1,出席,,,\nS1,M1,出席\n", List.of(), List.of(2, 3), "NONE"),
        row(",,,,\nS1,M1,出席,,\n", List.of("0 0 PRESENT -1 -1"), List.of(2), "NONE"),
        row("S1,M1,出席,,\n\"S1\",M1,出席,,\n", List.of("0 0 PRESENT -1 -1"), List.of(),
            "NEEDS_PARSER"),
        row("S1,M1,出席,,\rS1,M1,出席,,\n", List.of(), List.of(), "NEEDS_PARSER"),
        row("S1,M1,\u51fa\u5e2d,,\n", List.of("0 0 PRESENT -1 -1"), List.of(), "NONE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void takesPlainRowsAndLeavesTheRest(String text, List<String> taken, List<Integer> slow,
      String stop) {
    IdTable sessions = new IdTable();
    sessions.putIfAbsent("S1", 0);
    sessions.putIfAbsent("S2", 1);
    IdTable members = new IdTable();
    members.putIfAbsent("M1", 0);
    members.putIfAbsent("M2", 1);
    List<String> rows = new ArrayList<>();
    List<Integer> slowLines = new ArrayList<>();
    AttendanceScanner scanner = new AttendanceScanner(AttendanceColumns.of(HEADER).orElseThrow(),
        sessions, members, (s, m, status, hours, makeup) ->
            rows.add(s + " " + m + " " + status + " " + hours + " " + makeup),
        (line, b, from, to) -> slowLines.add(line), 2);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    scanner.scan(bytes, 0, bytes.length);
    assertThat(rows).isEqualTo(taken);
    assertThat(slowLines).isEqualTo(slow);
    assertThat(scanner.stop().name()).isEqualTo(stop);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8")
  void stopsAtBytesThatAreNotUtf8(String name, byte[] field) {
    byte[] line = ("S1,M1," + new String(field, StandardCharsets.ISO_8859_1) + ",,\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    IdTable ids = new IdTable();
    AttendanceScanner scanner = new AttendanceScanner(AttendanceColumns.of(HEADER).orElseThrow(),
        ids, ids, (s, m, status, hours, makeup) -> { }, (l, b, f, t) -> { }, 2);
    scanner.scan(line, 0, line.length);
    assertThat(scanner.stop()).as(name).isEqualTo(AttendanceScanner.Stop.NOT_UTF8);
  }

  static Stream<Arguments> invalidUtf8() {
    return Stream.of(
        Arguments.of("a lone continuation byte", new byte[] {(byte) 0x80}),
        Arguments.of("an overlong two-byte form", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Arguments.of("a surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}),
        Arguments.of("a GBK character", new byte[] {(byte) 0xB3, (byte) 0xF6}),
        Arguments.of("0xFF", new byte[] {(byte) 0xFF}));
  }

  private static Arguments row(String text, List<String> taken, List<Integer> slow,
      String stop) {
    return Arguments.of(text, taken, slow, stop);
  }
}
