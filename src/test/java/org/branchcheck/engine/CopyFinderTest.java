package org.branchcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.branchcheck.io.EssayFiles;
import org.branchcheck.io.EssayFingerprint;
import org.branchcheck.model.Essay;
import org.branchcheck.model.EssayKind;
import org.branchcheck.model.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyFinderTest {
  private static final Path ESSAYS = Path.of("src/test/resources/essays");

  @Test
  void catchesACopyWithLightEditsAndNamesTheExactSimilarity() throws IOException {
    String original = read("copied-original.txt");
    String edited = read("copied-edited.txt");
    CopyFinder.Entry a = entry("d", "M1", "李娜", original, EssayKind.ESSAY);
    CopyFinder.Entry b = entry("d", "M2", "赵敏", edited, EssayKind.ESSAY);
    EssayMatches m = CopyFinder.find(List.of(a, b), 50);
    int exact = (int) Math.floor(100 * EssayFingerprint.jaccard(
        EssayFingerprint.shingles(original), EssayFingerprint.shingles(edited)));
    assertThat(exact).isBetween(70, 95);
    assertThat(m.of(a.essay(), 50)).singleElement().satisfies(s -> {
      assertThat(s.member()).isEqualTo("M2");
      assertThat(s.name()).isEqualTo("赵敏");
      assertThat(s.dataset()).isEmpty(); // the same dataset
      assertThat(s.percent()).isEqualTo(exact);
    });
    assertThat(m.of(b.essay(), 50)).extracting(SimilarEssay::member).containsExactly("M1");
    assertThat(m.of(b.essay(), exact + 1)).isEmpty();
  }

  @Test
  void twoDifferentEssaysOnTheSameTopicAreNotFlagged() throws IOException {
    String one = read("copied-original.txt");
    String other = read("same-topic.txt");
    assertThat(EssayFingerprint.jaccard(EssayFingerprint.shingles(one),
        EssayFingerprint.shingles(other))).isLessThan(0.05);
    EssayMatches m = CopyFinder.find(List.of(entry("d", "M1", "李娜", one, EssayKind.ESSAY),
        entry("d", "M2", "刘洋", other, EssayKind.ESSAY)), 10);
    assertThat(m.pairs()).isZero();
  }

  @Test
  void theSameMembersOwnEssaysAndEssaysOfAnotherKindAreNotCompared() throws IOException {
    String text = read("copied-original.txt");
    EssayMatches m = CopyFinder.find(List.of(
        entry("d", "M1", "李娜", text, EssayKind.ESSAY),
        entry("d", "M1", "李娜", text, EssayKind.ESSAY),
        entry("d", "M2", "赵敏", text, EssayKind.NOTES),
        entry("other", "M1", "李娜", text, EssayKind.NOTES)), 50);
    // only M2's notes and the other dataset's M1 (another person) share a kind and differ
    assertThat(m.pairs()).isEqualTo(1);
  }

  @Test
  void aDistrictOfEssaysIsSearchedWithoutComparingAllPairsAndFindsThePlantedCopies() {
    Random random = new Random(2005);
    List<CopyFinder.Entry> entries = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      texts.add(randomEssay(random, 400));
    }
    // three copies, each with every 20th character changed
    Map<Integer, Integer> planted = Map.of(10, 4000, 2000, 4001, 3999, 4002);
    planted.forEach((from, to) -> texts.set(to, lightlyEdited(texts.get(from), random)));
    for (int i = 0; i < texts.size(); i++) {
      entries.add(entry("d" + i / 100, "M" + i, "党员" + i, texts.get(i), EssayKind.ESSAY));
    }
    EssayMatches m = CopyFinder.find(entries, 50);
    assertThat(m.pairs()).isEqualTo(3);
    planted.forEach((from, to) -> assertThat(m.of(entries.get(from).essay(), 50))
        .extracting(SimilarEssay::member).containsExactly("M" + to));
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheEssays() throws IOException {
    List<CopyFinder.Entry> entries = List.of(
        entry("a", "M1", "甲", read("copied-original.txt"), EssayKind.ESSAY),
        entry("b", "M2", "乙", read("copied-edited.txt"), EssayKind.ESSAY),
        entry("c", "M3", "丙", read("copied-original.txt"), EssayKind.ESSAY),
        entry("d", "M4", "丁", read("same-topic.txt"), EssayKind.ESSAY));
    List<CopyFinder.Entry> reversed = new ArrayList<>(entries);
    java.util.Collections.reverse(reversed);
    EssayMatches forward = CopyFinder.find(entries, 50);
    EssayMatches backward = CopyFinder.find(reversed, 50);
    for (CopyFinder.Entry e : entries) {
      assertThat(backward.of(e.essay(), 50)).isEqualTo(forward.of(e.essay(), 50));
    }
    assertThat(forward.of(entries.get(0).essay(), 50)).extracting(SimilarEssay::member)
        .containsExactly("M3", "M2"); // the identical one first
  }

  @ParameterizedTest(name = "threshold {0} → bands of {1}")
  @CsvSource({
      // the largest r with 1 − (1 − t^r)^(128 / r) ≥ 0.99
      "0.3, 2", // r=3: 1 − (1 − 0.027)^42 = 0.68
      "0.5, 3", // r=3: 1 − 0.875^42 = 0.996; r=4: 1 − 0.9375^32 = 0.87
      "0.8, 6", // r=6: 1 − (1 − 0.262)^21 = 0.998; r=7: 1 − (1 − 0.210)^18 = 0.986
      "0.9, 8"})
  void bandWidthKeepsNinetyNinePercentOfPairsAtTheThreshold(double t, int rows) {
    assertThat(CopyFinder.rows(t)).isEqualTo(rows);
  }

  private static String read(String name) throws IOException {
    return Files.readString(ESSAYS.resolve(name));
  }

  private static CopyFinder.Entry entry(String dataset, String member, String name, String text,
      EssayKind kind) {
    Essay e = new Essay("E-" + member, member, kind, "《" + name + "的文章》", null, null, "",
        EssayFiles.inline(text), "", null, Map.of(), new SourceLocation("essays.csv", 2, 0));
    return new CopyFinder.Entry(dataset, e, name, "B1");
  }

  private static String randomEssay(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(0x4E00 + random.nextInt(3000));
    }
    return s.toString();
  }

  private static String lightlyEdited(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i += 20) {
      s.setCharAt(i, (char) (0x4E00 + random.nextInt(3000)));
    }
    return s.toString();
  }
}
