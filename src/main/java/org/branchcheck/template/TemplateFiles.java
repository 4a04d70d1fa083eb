package org.branchcheck.template;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.branchcheck.io.TableSchema;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Table;
import org.branchcheck.report.ReportFiles;

/**
 * Writes a template where the user names it: a path ending in .xlsx gets the workbook, any other
 * a folder of CSV files. Nothing the user has is replaced unless forced. Writes are atomic: each
 * file is written beside its place and renamed into it, and a new folder is filled under a
 * temporary name and renamed whole, so an interrupted run leaves no half-written template.
 */
public final class TemplateFiles {
  /** Names of files a dataset reader would take as something else than a folder or workbook. */
  private static final List<String> FILE_NAMES = List.of(".csv", ".xls", ".xlsm", ".yaml",
      ".yml");

  /** What was written: a workbook or a folder, and the files written. */
  public record Written(boolean workbook, List<String> files) {}

  /** Why nothing was written: the target is taken, or is not a place for a template. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private TemplateFiles() {}

  private static boolean isWorkbook(Path target) {
    return lowerName(target).endsWith(".xlsx");
  }

  public static Written write(Path target, Lang lang, boolean force)
      throws Refused, IOException {
    Notes notes = Notes.shipped();
    if (isWorkbook(target)) {
      Path file = refuseTakenFile(target, force);
      replace(file, WorkbookTemplate.bytes(notes, lang));
      return new Written(true, List.of(target.getFileName().toString()));
    }
    for (String suffix : FILE_NAMES) {
      if (lowerName(target).endsWith(suffix)) {
        throw new Refused(target + " names a " + suffix + " file: a template is a folder of"
            + " CSV files (a name without " + suffix + ") or an .xlsx workbook");
      }
    }
    Map<String, byte[]> files = CsvTemplate.files(notes, lang);
    if (Files.isDirectory(target)) {
      refuseTakenFolder(target, force, lang);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        replace(target.resolve(f.getKey()), f.getValue());
      }
    } else if (Files.exists(target)) {
      throw new Refused(target + " is a file, not a folder; name a folder, or an .xlsx file for"
          + " a workbook");
    } else {
      newFolder(target.toAbsolutePath(), files);
    }
    return new Written(false, List.copyOf(files.keySet()));
  }

  private static Path refuseTakenFile(Path target, boolean force) throws Refused, IOException {
    if (Files.isDirectory(target)) {
      throw new Refused(target + " is a folder; name the .xlsx file to write");
    }
    if (!Files.exists(target)) {
      return target.toAbsolutePath();
    }
    if (!Files.isRegularFile(target)) {
      throw new Refused(target + " is not a regular file");
    }
    if (!force) {
      throw new Refused(target + " exists; give --force to replace it");
    }
    // A link is followed: the file it names is replaced, not the link.
    return target.toRealPath();
  }

  /**
   * A folder must be empty, or forced; even forced, a table file under another name (党员名册.csv
   * where members.csv would go) is refused, since a dataset may hold each table once.
   */
  private static void refuseTakenFolder(Path folder, boolean force, Lang lang)
      throws Refused, IOException {
    List<String> present;
    try (Stream<Path> entries = Files.list(folder)) {
      present = entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
    if (!present.isEmpty() && !force) {
      throw new Refused(folder + " is not empty; give --force to write the template's files"
          + " into it (files of the same names are replaced, others left as they are)");
    }
    for (String name : present) {
      String lower = name.toLowerCase(Locale.ROOT);
      Optional<Table> table = lower.endsWith(CsvTemplate.EXTENSION)
          ? TableSchema.tableNamed(name.substring(0, name.length() - 4)) : Optional.empty();
      String ours = table.map(t -> Names.table(t, lang) + CsvTemplate.EXTENSION).orElse(name);
      if (!ours.equals(name)) {
        throw new Refused(folder + " holds " + name + ", the " + table.get().code()
            + " table; the template would add " + ours + " beside it, and a dataset holds"
            + " each table once (move it away, or use --lang " + otherLang(lang) + ")");
      }
    }
  }

  private static Lang otherLang(Lang lang) {
    return lang == Lang.ZH ? Lang.EN : Lang.ZH;
  }

  /** Writes {@code bytes} beside {@code file}, then renames them over it. */
  private static void replace(Path file, byte[] bytes) throws IOException {
    ReportFiles.atomically(file, out -> out.write(bytes));
  }

  /** Fills a folder under a temporary name beside the target, then renames it whole. */
  private static void newFolder(Path target, Map<String, byte[]> files) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(temp.resolve(f.getKey()), f.getValue());
      }
      setMode(temp, "rwxr-xr-x");
      move(temp, target);
    } finally {
      if (Files.exists(temp)) {
        try (Stream<Path> left = Files.walk(temp)) {
          for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Temporary files and folders are private; a template is not. */
  private static void setMode(Path path, String mode) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(PosixFilePermissions.fromString(mode));
    }
  }

  private static String lowerName(Path target) {
    Path name = target.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
