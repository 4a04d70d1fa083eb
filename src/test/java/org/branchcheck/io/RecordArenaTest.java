package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.branchcheck.model.Essay;
import org.branchcheck.model.EssayKind;
import org.branchcheck.model.Member;
import org.branchcheck.model.MemberStatus;
import org.branchcheck.model.Role;
import org.branchcheck.model.SessionKind;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.StudySession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RecordArenaTest {
  private static final Map<String, String> EXTRA = new LinkedHashMap<>(
      Map.of("备注", "调入", "手机", ""));

  static Stream<Object[]> records() {
    return Stream.of(
        new Object[] {RecordCodecs.MEMBER, new Member("M1", "冯斌英", "QWJG", Role.SECRETARY,
            MemberStatus.ACTIVE, LocalDate.of(1956, 2, 29), null, null, true, "", Map.of(),
            at(2))},
        new Object[] {RecordCodecs.MEMBER, new Member("", "", "", null, null,
            LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), true, false, "年老体弱", EXTRA,
            at(70_000))},
        new Object[] {RecordCodecs.MEMBER, new Member("Ｍ２", "A\"B,C\nD", "X", Role.MEMBER,
            MemberStatus.RETIRED, LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31), false,
            true, "", Map.of(), at(3))},
        new Object[] {RecordCodecs.SESSION, new StudySession("QWJG-01", "QWJG",
            LocalDate.of(2005, 7, 26), SessionKind.values()[0], 300, "理想信念", "《党章》",
            Map.of(), at(2))},
        new Object[] {RecordCodecs.SESSION, new StudySession("S", "", null, null, -5, "", null,
            EXTRA, at(1))},
        new Object[] {RecordCodecs.SESSION, new StudySession("S", "O", null, null,
            Long.MAX_VALUE, "", "", Map.of(), at(9))},
        new Object[] {RecordCodecs.ESSAY, new Essay("W1", "M1", EssayKind.values()[0],
            "做一名合格的共产党员", LocalDate.of(2005, 8, 1), 3049, "", null, "蔡勇",
            LocalDate.of(2005, 8, 19), Map.of(), at(2))},
        new Object[] {RecordCodecs.ESSAY, new Essay("", "M1", null, "", null, null, "a.docx",
            null, "", null, EXTRA, at(4))},
        new Object[] {RecordCodecs.ESSAY, new Essay("W", "M", null, null, null, -1, null, null,
            null, null, Map.of(), at(5))});
  }

  @ParameterizedTest
  @MethodSource("records")
  <T> void givesBackWhatWasAddedAmongOthers(RecordArena.Codec<T> codec, T record) {
    RecordArena<T> arena = new RecordArena<>("t.csv", codec);
    for (int i = 0; i < 3; i++) {
      arena.add(record, ((SourceLocation) at(record)).line());
    }
    assertThat(arena.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(arena.get(i)).isEqualTo(record);
      assertThat(arena.line(i)).isEqualTo(((SourceLocation) at(record)).line());
    }
  }

  @Test
  void spansPagesAndOutgrowsTheDictionary() {
    RecordArena<Member> arena = new RecordArena<>("m.csv", RecordCodecs.MEMBER);
    int n = 300_000;
    for (int i = 0; i < n; i++) {
      arena.add(member(i), i + 2);
    }
    for (int i : List.of(0, 1, 99_999, 262_143, 262_144, 262_145, n - 1)) {
      assertThat(arena.get(i)).isEqualTo(member(i));
      assertThat(arena.line(i)).isEqualTo(i + 2);
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"M0000123", "QWJG-07", "007", "0",
      "A", "", "Ｍ２", "M-0", "a1b2", "X123456789012345678", "X1234567890123456789",
      "9223372036854775807", "00000000000000000000001", "党员１２", "W 12"})
  void idsComeBackAsWritten(String id) {
    RecordArena<Essay> arena = new RecordArena<>("e.csv", RecordCodecs.ESSAY);
    Essay e = new Essay(id, id + "9", null, null, null, null, null, null, null, null, Map.of(),
        new SourceLocation("e.csv", 2, 0));
    arena.add(e, 2);
    assertThat(arena.get(0)).isEqualTo(e);
  }

  @Test
  void keepsLinesThatDoNotFollowPositions() {
    RecordArena<Member> arena = new RecordArena<>("m.csv", RecordCodecs.MEMBER);
    int[] lines = {7, 2, 1_000_000, 3, Integer.MAX_VALUE, 1};
    for (int line : lines) {
      arena.add(member(0), line);
    }
    for (int i = 0; i < lines.length; i++) {
      assertThat(arena.line(i)).isEqualTo(lines[i]);
      assertThat(arena.get(i).at().line()).isEqualTo(lines[i]);
    }
  }

  @Test
  void anEmptyArenaHasNothing() {
    assertThat(new RecordList<>(new RecordArena<>("e.csv", RecordCodecs.ESSAY), Map.of()))
        .isEmpty();
  }

  private static Member member(int i) {
    // every organisation and exemption distinct: more repeated values than are numbered
    return new Member("M" + i, "党员" + i, "ORG-" + i, Role.MEMBER, MemberStatus.ACTIVE,
        LocalDate.of(1950, 1, 1).plusDays(i), null, i % 2 == 0, true, "理由" + i, Map.of(),
        new SourceLocation("m.csv", i + 2, 0));
  }

  private static SourceLocation at(int line) {
    return new SourceLocation("t.csv", line, 0);
  }

  private static Object at(Object record) {
    if (record instanceof Member m) {
      return m.at();
    }
    return record instanceof StudySession s ? s.at() : ((Essay) record).at();
  }
}
