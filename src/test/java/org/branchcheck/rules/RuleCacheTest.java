package org.branchcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.CelAbstractSyntaxTree;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.branchcheck.engine.BatchChecker;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCacheTest {
  private static final Map<String, Param> NO_PARAMS = Map.of();
  private static final String CHECK = "org.member_count >= 3 && org.name != ''";

  @TempDir Path dir;
  private final AtomicInteger compiles = new AtomicInteger();

  /** Compiles {@code source} as an org rule, counting how often the compiler is asked. */
  private RuleCache.Compilation compiler(String source) {
    return () -> {
      compiles.incrementAndGet();
      return new RuleEnvironment(NO_PARAMS).forRule(Scope.ORG, Stage.CHECK).compiler().get()
          .compile(source).getAst();
    };
  }

  private CelAbstractSyntaxTree lookUpAndSave(RuleCache cache, String source) throws Exception {
    RuleCache.Lookup lookup = cache.open("t", "t.yaml", NO_PARAMS);
    CelAbstractSyntaxTree ast = lookup.checked("org", source, compiler(source));
    lookup.save();
    return ast;
  }

  private Path onlyFile() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
  }

  @Test
  void aSecondRunTakesTheCheckedTreeInsteadOfCompiling() throws Exception {
    RuleCache cache = RuleCache.in(dir, "test 1");
    CelAbstractSyntaxTree compiled = lookUpAndSave(cache, CHECK);
    CelAbstractSyntaxTree stored = lookUpAndSave(cache, CHECK);

    assertThat(compiles).hasValue(1);
    assertThat(stored.getExpr()).isEqualTo(compiled.getExpr());
    assertThat(stored.getResultType()).isEqualTo(compiled.getResultType());
  }

  @Test
  void anotherBuildOrParameterTypeNeverReadsTheStoredTrees() throws Exception {
    lookUpAndSave(RuleCache.in(dir, "test 1"), CHECK);
    lookUpAndSave(RuleCache.in(dir, "test 2"), CHECK);
    RuleCache.Lookup typed = RuleCache.in(dir, "test 2").open("t", "t.yaml",
        Map.of("n", new Param("n", ParamType.INT, 1L, "", "", null)));
    typed.checked("org", CHECK, compiler(CHECK));
    lookUpAndSave(RuleCache.in(dir, "test 2"), CHECK);

    assertThat(compiles).hasValue(3);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void anEditedExpressionIsCompiledAndTheOldOneDropped() throws Exception {
    RuleCache cache = RuleCache.in(dir, "test 1");
    lookUpAndSave(cache, CHECK);
    lookUpAndSave(cache, "org.member_count >= 4");

    assertThat(compiles).hasValue(2);
    assertThat(RuleCacheFile.read(onlyFile(), "test 1\n"))
        .containsOnlyKeys("org\norg.member_count >= 4");
  }

  static Stream<Arguments> damage() {
    return Stream.<Arguments>of(
        Arguments.of("empty", (UnaryOperator<byte[]>) b -> new byte[0]),
        Arguments.of("truncated", (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b,
            b.length / 2)),
        Arguments.of("one byte changed", (UnaryOperator<byte[]>) b -> {
          byte[] c = b.clone();
          c[c.length / 2] ^= 1;
          return c;
        }),
        Arguments.of("bytes appended", (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b,
            b.length + 8)),
        Arguments.of("not a cache file", (UnaryOperator<byte[]>) b -> "branchcheck".getBytes()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damage")
  void aDamagedFileIsIgnoredAndReplaced(String name, UnaryOperator<byte[]> harm)
      throws Exception {
    RuleCache cache = RuleCache.in(dir, "test 1");
    CelAbstractSyntaxTree compiled = lookUpAndSave(cache, CHECK);
    Path file = onlyFile();
    Files.write(file, harm.apply(Files.readAllBytes(file)));

    CelAbstractSyntaxTree again = lookUpAndSave(cache, CHECK);

    assertThat(compiles).hasValue(2);
    assertThat(again.getExpr()).isEqualTo(compiled.getExpr());
    assertThat(RuleCacheFile.read(file, "test 1\n")).containsOnlyKeys("org\n" + CHECK);
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyCostsTheCompile() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("taken"), "a file, not a folder");
    RuleCache cache = RuleCache.in(notAFolder, "test 1");
    lookUpAndSave(cache, CHECK);
    lookUpAndSave(cache, CHECK);

    assertThat(compiles).hasValue(2);
  }

  /** The whole run, as JSON: without a cache, filling one, and reading it back. */
  private String run(String ruleSet, RuleCache cache) throws IOException {
    var request = new BatchChecker.Request(ruleSet, List.of(Path.of("examples")), Map.of(),
        LocalDate.parse("2005-08-31"), new ReportOptions(Severity.ERROR, false, false), 1, cache,
        org.branchcheck.engine.ReadMode.AUTO);
    StringWriter out = new StringWriter();
    ReportFormat.JSON.reporter().write(BatchChecker.run(request, BatchChecker.Progress.NONE), out);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xianjinxing-2005/phase1", "xianjinxing-2005/phase1-strict",
      "xianjinxing-2005/phase2", "xianjinxing-2005/phase3", "org-life", "learning-member"})
  void aRuleSetReadFromTheCacheJudgesExactlyAsACompiledOne(String ruleSet) throws Exception {
    RuleCache cache = RuleCache.in(dir, "test 1");
    String compiled = run(ruleSet, RuleCache.NONE);
    String filling = run(ruleSet, cache);
    String fromCache = run(ruleSet, cache);

    assertThat(onlyFile()).isNotEmptyFile();
    assertThat(filling).isEqualTo(compiled);
    assertThat(fromCache).isEqualTo(compiled);
  }

  @Test
  void aRuntimeErrorNamesTheSamePlaceFromTheCache() throws Exception {
    Path file = Files.writeString(dir.resolve("r.yaml"), """
        id: test
        title: 测试
        version: 1.0.0
        rules:
          - id: a
            title: t
            scope: org
            check: 10 / (org.member_count - org.member_count) > 1
            message: m
            source: s
        """);
    RuleCache cache = RuleCache.in(dir.resolve("cache"), "test 1");
    RuleSetLinker.Linked linked = RuleSetLinker.link(RuleSource.file(file));
    var vars = Map.of("org", Map.of("member_count", 3L), "params", Map.of(), "as_of", "");
    String none = evalError(RuleCompiler.compile(linked), vars);
    RuleCompiler.compile(linked, cache);
    String cached = evalError(RuleCompiler.compile(linked, cache), vars);

    assertThat(none).isEqualTo("evaluation error at <input>:3: / by zero");
    assertThat(cached).isEqualTo(none);
  }

  private static String evalError(RuleSet rules, Map<String, ?> vars) {
    try {
      rules.rules().get(0).check().eval(vars);
      return "no error";
    } catch (dev.cel.runtime.CelEvaluationException e) {
      return e.getMessage();
    }
  }
}
