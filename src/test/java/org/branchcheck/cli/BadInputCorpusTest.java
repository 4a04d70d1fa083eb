package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.engine.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken and hostile inputs under {@code src/test/resources/bad-input}: each case a
 * scenario (its files, {@code args}, the expected output, error text and exit code, as
 * {@link ScenarioTest} runs them), and none may end in an internal error or show a stack trace.
 */
class BadInputCorpusTest {
  private static final Path ROOT = Path.of("src/test/resources/bad-input");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  /** In the locale's language: the build runs the tests in zh_CN, as a branch secretary would. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemAsExpectedWithoutCrashing(Path badCase) throws IOException {
    assertUnbroken(ScenarioTest.check(badCase));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemInEnglishWhenAsked(Path badCase) throws IOException {
    assertUnbroken(ScenarioTest.check(badCase, List.of("--lang", "en"), "expected.en"));
  }

  private static void assertUnbroken(ScenarioTest.Result result) {
    assertThat(result.exit()).isIn(ExitCode.OK.code(), ExitCode.FAILED.code(),
        ExitCode.INPUT_ERROR.code());
    assertThat(result.out() + result.err()).doesNotContain("\tat ", "Exception", "internal error");
  }
}
