package org.branchcheck.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.branchcheck.report.Version;
import org.branchcheck.rules.RuleCache;

/**
 * The rule cache of the user running the jar: in the platform's cache folder, keyed by this
 * build. Only a packaged jar gets one, since the jar's size and time tell one build from another;
 * classes run from a folder (during development) change without either, so they compile every
 * time.
 */
final class UserRuleCache {
  private UserRuleCache() {}

  static RuleCache find() {
    Optional<Path> jar = runningJar();
    Optional<Path> folder = folder(System.getenv(), System.getProperty("os.name", ""),
        System.getProperty("user.home", ""));
    if (jar.isEmpty() || folder.isEmpty()) {
      return RuleCache.NONE;
    }
    try {
      String build = Version.get() + " " + Files.size(jar.get()) + " "
          + Files.getLastModifiedTime(jar.get()).toMillis();
      return RuleCache.in(folder.get(), build);
    } catch (IOException e) {
      return RuleCache.NONE;
    }
  }

  /**
   * {@code $XDG_CACHE_HOME/branchcheck/rules} when that is set to an absolute path (as the XDG
   * specification asks), else the platform's own place: {@code %LOCALAPPDATA%} on Windows,
   * {@code ~/Library/Caches} on macOS, {@code ~/.cache} elsewhere.
   */
  static Optional<Path> folder(Map<String, String> env, String osName, String home) {
    try {
      String os = osName.toLowerCase(Locale.ROOT);
      Path base;
      if (absolute(env.get("XDG_CACHE_HOME"))) {
        base = Path.of(env.get("XDG_CACHE_HOME"));
      } else if (os.startsWith("windows") && absolute(env.get("LOCALAPPDATA"))) {
        base = Path.of(env.get("LOCALAPPDATA"));
      } else if (home.isEmpty()) {
        return Optional.empty();
      } else if (os.startsWith("mac")) {
        base = Path.of(home, "Library", "Caches");
      } else {
        base = Path.of(home, ".cache");
      }
      return Optional.of(base.resolve("branchcheck").resolve("rules"));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static boolean absolute(String path) {
    try {
      return path != null && !path.isEmpty() && Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static Optional<Path> runningJar() {
    try {
      var source = UserRuleCache.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
