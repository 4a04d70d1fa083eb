package org.branchcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.Scope;
import org.branchcheck.rules.Severity;
import org.branchcheck.rules.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingListTest {

  private static Finding finding(int i) {
    return new Finding("member.rule-" + i % 7, "规则 " + i % 7, Scope.values()[i % 2],
        Stage.values()[i % 2], "M" + i, "张三" + i, "B" + i % 3,
        Outcome.values()[i % Outcome.values().length], Severity.values()[i % 2],
        "张三" + i + " 学习时间 " + i + " 学时，少于 40 学时", new SourceLocation("members.csv", i, i % 4));
  }

  private static List<Finding> many(int n, IntFunction<Finding> f) {
    return IntStream.range(0, n).mapToObj(f).toList();
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("empty", List.of()),
        Arguments.of("one", List.of(finding(1))),
        Arguments.of("every field null", List.of(new Finding(null, null, null, null, null, null,
            null, null, null, null, null))),
        Arguments.of("location without a file, negative and large numbers", List.of(
            new Finding("r", "", Scope.ORG, Stage.VERDICT, "", "", "", Outcome.FAIL,
                Severity.ERROR, "", new SourceLocation(null, -1, Integer.MAX_VALUE)),
            new Finding("r", "", Scope.ORG, Stage.VERDICT, "", "", "", Outcome.FAIL,
                Severity.ERROR, "", new SourceLocation("x.yaml", Integer.MIN_VALUE, 0)))),
        Arguments.of("Chinese, emoji, unpaired surrogates and control characters", List.of(
            new Finding("member.study-hours", "学习培训不少于规定学时", Scope.MEMBER, Stage.CHECK,
                "M01", "欧阳𠀀娜", "党支部", Outcome.FAIL, Severity.ERROR,
                "学时不足 😀 \uD800 \uDFFF \u0000\r\n\t末尾", SourceLocation.ofFile("名册.csv")))),
        Arguments.of("a message longer than a page", List.of(finding(1),
            finding(2).with(Outcome.FAIL, "长".repeat(100_000)), finding(3))),
        Arguments.of("several pages", many(1000, FindingListTest::finding)),
        Arguments.of("many distinct organisations", many(5000, i -> new Finding("r", "t",
            Scope.ORG, Stage.CHECK, "O" + i, "组织" + i, "O" + i, Outcome.PASS, Severity.WARNING,
            "", SourceLocation.ofFile("orgs.csv")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void holdsWhatWasAdded(String name, List<Finding> findings) {
    FindingList list = FindingList.copyOf(findings);

    assertThat(list).hasSize(findings.size()).containsExactlyElementsOf(findings);
    assertThat(list.stream().toList()).isEqualTo(findings);
    for (int i = findings.size() - 1; i >= 0; i--) {
      Finding f = findings.get(i);
      assertThat(list.get(i)).isEqualTo(f);
      assertThat(list.org(i)).isEqualTo(f.org());
      assertThat(list.scope(i)).isEqualTo(f.scope());
      assertThat(list.stage(i)).isEqualTo(f.stage());
      assertThat(list.outcome(i)).isEqualTo(f.outcome());
      assertThat(list.severity(i)).isEqualTo(f.severity());
    }
    assertThat(list.hashCode()).isEqualTo(findings.hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void countsEachStageOutcomeAndSeverity(String name, List<Finding> findings) {
    FindingCounts counts = FindingList.copyOf(findings).counts();
    for (Stage stage : new Stage[] {null, Stage.CHECK, Stage.VERDICT}) {
      for (Outcome outcome : Stream.concat(Stream.of((Outcome) null),
          Stream.of(Outcome.values())).toList()) {
        for (Severity severity : new Severity[] {null, Severity.ERROR, Severity.WARNING}) {
          long expected = findings.stream().filter(f -> (stage == null || f.stage() == stage)
              && (outcome == null || f.outcome() == outcome)
              && (severity == null || f.severity() == severity)).count();
          assertThat(counts.count(stage, outcome, severity))
              .as("%s %s %s", stage, outcome, severity).isEqualTo(expected);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void selectsJoinsAndCopiesWithoutChangingOrder(String name, List<Finding> findings) {
    FindingList list = FindingList.copyOf(findings);
    List<Finding> failures = findings.stream().filter(f -> f.outcome() == Outcome.FAIL).toList();

    assertThat(list.select(i -> list.outcome(i) == Outcome.FAIL)).isEqualTo(failures);
    assertThat(FindingList.copyOf(list)).isSameAs(list);
    List<Finding> twice = new ArrayList<>(findings);
    twice.addAll(findings);
    assertThat(FindingList.concat(List.of(list, FindingList.copyOf(findings)))).isEqualTo(twice);
  }

  @Test
  void siblingsShareOneTableAndJoinInTheirOrder() {
    FindingListBuilder first = FindingList.builder();
    FindingListBuilder second = first.sibling();
    List<Finding> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      (i % 3 == 0 ? first : second).add(finding(i));
    }
    IntStream.range(0, 300).filter(i -> i % 3 == 0).forEach(i -> expected.add(finding(i)));
    IntStream.range(0, 300).filter(i -> i % 3 != 0).forEach(i -> expected.add(finding(i)));
    // the first list is built before the second added its last strings: an older table
    FindingList a = first.build();
    second.add(new Finding("a rule added last", "t", Scope.ORG, Stage.CHECK, "s", "n", "new org",
        Outcome.PASS, Severity.ERROR, "", null));
    expected.add(new Finding("a rule added last", "t", Scope.ORG, Stage.CHECK,
        "s", "n", "new org", Outcome.PASS, Severity.ERROR, "", null));

    FindingList joined = FindingList.concat(List.of(a, second.build()));

    assertThat(joined).containsExactlyElementsOf(expected);
    assertThat(joined.org(joined.size() - 1)).isEqualTo("new org");
  }

  @Test
  void refusesNullsAsElementsAndIndexesOutside() {
    assertThatThrownBy(() -> FindingList.builder().add(null))
        .isInstanceOf(NullPointerException.class);
    FindingList list = FindingList.copyOf(List.of(finding(1)));
    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.cursor().get(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void iteratingDecodesEachPageOnceAndReadingInOrderAsWell() {
    FindingList list = FindingList.copyOf(many(1000, FindingListTest::finding));
    list.forEach(f -> {});
    assertThat(list.decodedFindings()).isEqualTo(1000);
    for (int i = 0; i < list.size(); i++) {
      list.get(i);
    }
    assertThat(list.decodedFindings()).isEqualTo(2000);
  }

  @Test
  void readsTheSameFromManyThreadsAtOnce() throws Exception {
    List<Finding> findings = many(3000, FindingListTest::finding);
    FindingList list = FindingList.copyOf(findings);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Finding>>> readers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int stride = t + 1;
        // some threads iterate, others jump about with get: they share get's page
        readers.add(t % 2 == 0 ? () -> new ArrayList<>(list) : () -> {
          Finding[] read = new Finding[list.size()];
          for (int k = 0; k < stride; k++) {
            for (int i = k; i < list.size(); i += stride) {
              read[i] = list.get(i);
            }
          }
          return List.of(read);
        });
      }
      for (Future<List<Finding>> read : pool.invokeAll(readers)) {
        assertThat(read.get()).isEqualTo(findings);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
