package org.branchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserRuleCacheTest {
  static Stream<Arguments> places() {
    return Stream.of(
        Arguments.of("Linux", Map.of(), "/home/li", "/home/li/.cache/branchcheck/rules"),
        Arguments.of("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/li"), "/home/li",
            "/var/cache/li/branchcheck/rules"),
        Arguments.of("Linux", Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/li",
            "/home/li/.cache/branchcheck/rules"),
        Arguments.of("Linux", Map.of("XDG_CACHE_HOME", ""), "/home/li",
            "/home/li/.cache/branchcheck/rules"),
        Arguments.of("Mac OS X", Map.of(), "/Users/li",
            "/Users/li/Library/Caches/branchcheck/rules"),
        Arguments.of("Mac OS X", Map.of("XDG_CACHE_HOME", "/tmp/c"), "/Users/li",
            "/tmp/c/branchcheck/rules"),
        Arguments.of("Linux", Map.of(), "", null));
  }

  @ParameterizedTest(name = "{0} {1} home={2}")
  @MethodSource("places")
  void keepsTheCacheWhereThePlatformExpectsIt(String os, Map<String, String> env, String home,
      String expected) {
    assertThat(UserRuleCache.folder(env, os, home))
        .isEqualTo(Optional.ofNullable(expected).map(Path::of));
  }
}
