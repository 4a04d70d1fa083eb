package org.branchcheck.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Finds the datasets under the paths a user names: a YAML file or an .xlsx workbook is one
 * dataset; a folder holding at least one table CSV (members.csv, 党员名册.csv, …) is one dataset;
 * any other folder is searched beneath, in name order, for both. Hidden folders and links to
 * folders are not entered, so a search never leaves the trees it was given. The result is sorted
 * by path and free of repeats, whatever order the paths were given or the file system lists them
 * in.
 */
public final class DatasetFinder {
  /** Deeper trees than this are not searched: submissions are a few levels deep at most. */
  public static final int MAX_DEPTH = 16;

  /** A dataset's file-system path and the '/'-separated path reports show for it. */
  public record Found(Path path, String display) {}

  /** The datasets found, and a problem for each named path that does not exist or holds none. */
  public record Result(List<Found> datasets, List<Problem> problems) {}

  private DatasetFinder() {}

  public static Result find(List<Path> roots) {
    TreeMap<String, Found> found = new TreeMap<>();
    Map<Path, String> seen = new java.util.HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path root : roots) {
      Path normal = root.normalize();
      String shown = display(normal);
      int before = found.size();
      if (Files.isRegularFile(normal)) {
        // A file named explicitly is checked whatever its name: the reader says what is wrong.
        add(normal, found, seen);
      } else if (Files.isDirectory(normal)) {
        search(normal, 0, found, seen, problems);
        if (found.size() == before && !alreadyFound(seen, normal)) {
          problems.add(Problem.of(SourceLocation.ofFile(shown), ReadMessage.NO_DATASET));
        }
      } else {
        problems.add(Problem.of(SourceLocation.ofFile(shown), ReadMessage.NO_SUCH_PATH));
      }
    }
    problems.sort(null);
    return new Result(List.copyOf(found.values()), List.copyOf(problems));
  }

  private static void search(
      Path folder, int depth, TreeMap<String, Found> found, Map<Path, String> seen,
      List<Problem> out) {
    if (isDataset(folder)) {
      add(folder, found, seen);
      return;
    }
    if (depth >= MAX_DEPTH) {
      out.add(Problem.of(SourceLocation.ofFile(display(folder)), ReadMessage.TOO_DEEP,
          MAX_DEPTH));
      return;
    }
    List<Path> entries;
    try (Stream<Path> s = Files.list(folder)) {
      entries = s.sorted().toList();
    } catch (IOException e) {
      out.add(Problem.of(SourceLocation.ofFile(display(folder)), ReadMessage.CANNOT_LIST,
          e.getMessage()));
      return;
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        search(p, depth + 1, found, seen, out);
      } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
          && (DatasetReader.isYaml(p) && !isRuleFile(p) || WorkbookReader.isWorkbook(p))) {
        add(p, found, seen);
      }
    }
  }

  private static final java.util.regex.Pattern RULE_KEY =
      java.util.regex.Pattern.compile("(?m)^(rules|extends|cases):");

  /**
   * A rule set or rule-set test kept beside the data (a district's overlay): not a dataset, so a
   * folder search passes it by. Named explicitly, it is read as a dataset and reported as such.
   */
  static boolean isRuleFile(Path p) {
    if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".test.yaml")) {
      return true;
    }
    try (java.io.InputStream in = Files.newInputStream(p)) {
      byte[] head = in.readNBytes(64 * 1024);
      return RULE_KEY.matcher(new String(head, java.nio.charset.StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      return false;
    }
  }

  /** A folder is a dataset when it holds at least one file named after a table. */
  static boolean isDataset(Path folder) {
    return !tableCsvIn(folder).isEmpty();
  }

  /** The CSV files in a folder named after a table. */
  static List<String> tableCsvIn(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString())
          .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".csv")
              && TableSchema.tableNamed(DatasetReader.stripExtension(n)).isPresent())
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void add(Path p, TreeMap<String, Found> found, Map<Path, String> seen) {
    Path key;
    try {
      key = p.toRealPath();
    } catch (IOException e) {
      key = p.toAbsolutePath().normalize();
    }
    // The same dataset named twice (say relative and absolute) is checked once, under the
    // spelling that sorts first, so the argument order cannot change the output.
    String shown = display(p);
    String before = seen.get(key);
    if (before == null || shown.compareTo(before) < 0) {
      if (before != null) {
        found.remove(before);
      }
      seen.put(key, shown);
      found.put(shown, new Found(p, shown));
    }
  }

  /** True when the folder's datasets were already found through another named path. */
  private static boolean alreadyFound(Map<Path, String> seen, Path folder) {
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      return false;
    }
    return seen.keySet().stream().anyMatch(p -> p.startsWith(real));
  }

  static String display(Path p) {
    String s = p.toString().replace(java.io.File.separatorChar, '/');
    return s.isEmpty() ? "." : s;
  }
}
