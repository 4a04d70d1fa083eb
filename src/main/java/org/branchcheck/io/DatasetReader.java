package org.branchcheck.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * Reads one dataset: a folder of CSV tables named after the tables (English or Chinese), or one
 * YAML file. Files are only read, never written; links leading out of the folder are refused.
 * All problems are collected; the records that did parse are returned alongside them.
 */
public final class DatasetReader {
  /** A table file larger than this is refused before it is read. */
  public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  /** What was read: the records, every problem found, and the files with their encodings. */
  public record ReadResult(Dataset dataset, List<Problem> problems, List<InputFile> files) {}

  private DatasetReader() {}

  public static boolean isYaml(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** Reads with no check day: dates of things done may be any day (tests, tools). */
  public static ReadResult read(Path path) {
    return read(path, LocalDate.MAX);
  }

  /** @param asOf the day the check judges: a record of something done must be dated no later */
  public static ReadResult read(Path path, LocalDate asOf) {
    List<Problem> problems = new ArrayList<>();
    List<InputFile> files = new ArrayList<>();
    List<RawTable> tables = new ArrayList<>();
    String name = path.toAbsolutePath().normalize().getFileName().toString();
    if (Files.isDirectory(path)) {
      readFolder(path, tables, files, problems);
    } else if (Files.isRegularFile(path) && WorkbookReader.isWorkbook(path)) {
      String file = path.getFileName().toString();
      tables.addAll(WorkbookReader.read(path, file, files, problems));
      name = stripExtension(file);
    } else if (Files.isRegularFile(path) && isYaml(path)) {
      String file = path.getFileName().toString();
      Optional<String> text = readText(path, file, files, problems);
      if (text.isPresent()) {
        YamlDatasetReader.Result r = YamlDatasetReader.read(file, text.get(), problems);
        tables.addAll(r.tables());
        name = r.name().orElse(stripExtension(file));
      }
    } else {
      // Located at the dataset itself (an empty file name): reports show the dataset's path.
      problems.add(Problem.of(SourceLocation.ofFile(""), path.toString().toLowerCase(Locale.ROOT)
          .endsWith(".csv") ? ReadMessage.SINGLE_TABLE : ReadMessage.NOT_A_DATASET));
    }
    EssayFiles essays = EssayFiles.in(Files.isDirectory(path) ? path
        : path.toAbsolutePath().normalize().getParent());
    Dataset dataset = bind(name, tables, new RecordBinder(problems, asOf), essays);
    files.addAll(essays.files());
    problems.sort(null);
    return new ReadResult(dataset, List.copyOf(problems), List.copyOf(files));
  }

  /** A dataset written inline as a YAML mapping of tables (a rule-set test case's data). */
  public static ReadResult inline(String name, LocatedYaml.MapNode tables, LocalDate asOf) {
    List<Problem> problems = new ArrayList<>();
    YamlDatasetReader.Result r = YamlDatasetReader.read(tables, problems);
    Dataset dataset = bind(r.name().orElse(name), r.tables(), new RecordBinder(problems, asOf),
        EssayFiles.none());
    problems.sort(null);
    return new ReadResult(dataset, List.copyOf(problems), List.of());
  }

  /** The folder's table files by table, in table order; stray or doubled files are problems. */
  static Map<Table, Path> tableFiles(Path folder, List<Problem> problems) {
    return tableFiles(folder, problems, null);
  }

  /** @param pipe the table that may be a named pipe inside the folder (a stream), or null */
  static Map<Table, Path> tableFiles(Path folder, List<Problem> problems, Table pipe) {
    Map<Table, Path> found = new EnumMap<>(Table.class);
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.sorted().toList()) {
        String file = p.getFileName().toString();
        if (!file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        Optional<Table> table = TableSchema.tableNamed(stripExtension(file));
        if (table.isEmpty()) {
          problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.UNKNOWN_TABLE_FILE,
              Stream.of(Table.values()).map(t -> t.code() + ".csv").toList()));
        } else if (found.containsKey(table.get())) {
          problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.TABLE_TWICE,
              table.get().code(), found.get(table.get()).getFileName()));
        } else if (insideFolder(folder, p, file, table.get() == pipe, problems)) {
          found.put(table.get(), p);
        }
      }
    } catch (IOException e) {
      problems.add(Problem.of(SourceLocation.ofFile(""), ReadMessage.CANNOT_LIST,
          e.getMessage()));
    }
    if (found.isEmpty()) {
      problems.add(Problem.of(SourceLocation.ofFile(folder.getFileName() + "/"),
          ReadMessage.NO_TABLES));
    }
    return found;
  }

  /** A folder holding one workbook and no CSV tables is read as that workbook. */
  private static void readFolder(
      Path folder, List<RawTable> tables, List<InputFile> files, List<Problem> problems) {
    List<Path> workbooks = WorkbookReader.workbooksIn(folder);
    if (!workbooks.isEmpty()) {
      List<String> csv = DatasetFinder.tableCsvIn(folder);
      if (workbooks.size() == 1 && csv.isEmpty()) {
        String file = workbooks.get(0).getFileName().toString();
        if (insideFolder(folder, workbooks.get(0), file, false, problems)) {
          tables.addAll(WorkbookReader.read(workbooks.get(0), file, files, problems));
        }
        return;
      }
      List<String> names = new ArrayList<>(csv);
      workbooks.forEach(w -> names.add(w.getFileName().toString()));
      problems.add(Problem.of(SourceLocation.ofFile(""), ReadMessage.WORKBOOKS_IN_FOLDER,
          String.join(", ", names.stream().sorted().toList())));
      return;
    }
    Map<Table, Path> found = tableFiles(folder, problems);
    for (Map.Entry<Table, Path> e : found.entrySet()) {
      String file = e.getValue().getFileName().toString();
      readText(e.getValue(), file, files, problems)
          .ifPresent(text -> tables.add(CsvTableReader.read(e.getKey(), file, text, problems)));
    }
  }

  /** A FIFO (not a device or a socket, which could give endless data). */
  private static boolean namedPipe(Path real) {
    try {
      Object mode = Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return mode instanceof Integer m && (m & 0170000) == 0010000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean insideFolder(Path folder, Path file, String name, boolean pipeAllowed,
      List<Problem> problems) {
    try {
      Path root = folder.toRealPath();
      Path real = file.toRealPath();
      if (real.startsWith(root) && (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
          || (pipeAllowed && namedPipe(real)))) {
        return true;
      }
    } catch (IOException e) {
      // reported below
    }
    problems.add(Problem.of(SourceLocation.ofFile(name), ReadMessage.LINK_OUT));
    return false;
  }

  static Optional<String> readText(
      Path path, String file, List<InputFile> files, List<Problem> problems) {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.FILE_TOO_LARGE,
            MAX_FILE_BYTES >> 20));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(path);
      String sha256 = Sha256.hex(bytes);
      try {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        files.add(new InputFile(file, decoded.encoding(), bytes.length, sha256));
        if (decoded.encoding().equals("GB18030")) {
          MixedEncoding.in(file, bytes).ifPresent(problems::add);
        }
        return Optional.of(decoded.text());
      } catch (CharacterCodingException e) {
        files.add(new InputFile(file, "unknown", bytes.length, sha256));
        problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.ENCODING));
      }
    } catch (IOException e) {
      problems.add(Problem.of(SourceLocation.ofFile(file), ReadMessage.CANNOT_READ,
          e.getMessage()));
    }
    return Optional.empty();
  }

  /** Binds the tables' rows with {@code b}, then checks ids and references across them. */
  static Dataset bind(String name, List<RawTable> tables, RecordBinder b, EssayFiles essays) {
    Map<Table, RawTable> byTable = new EnumMap<>(Table.class);
    tables.forEach(t -> byTable.put(t.table(), t));
    Set<Table> present = EnumSet.noneOf(Table.class);
    present.addAll(byTable.keySet());
    RawTable empty = new RawTable(Table.PARAMS, SourceLocation.ofFile(name), List.of());
    java.util.function.Function<Table, RawTable> t = k -> byTable.getOrDefault(k, empty);
    Map<String, Dataset.ParamOverride> params = new LinkedHashMap<>();
    for (Dataset.ParamOverride p : b.bind(t.apply(Table.PARAMS), RecordBinder::param)) {
      params.put(p.name(), p);
    }
    Dataset dataset = new Dataset(name, present,
        b.bind(t.apply(Table.ORGS), RecordBinder::org),
        b.bind(t.apply(Table.MEMBERS), RecordBinder::member),
        b.bind(t.apply(Table.SESSIONS), RecordBinder::session),
        b.bind(t.apply(Table.ATTENDANCE), RecordBinder::attendance),
        b.bind(t.apply(Table.ESSAYS), r -> RecordBinder.essay(r, essays)),
        b.bind(t.apply(Table.MEETINGS), RecordBinder::meeting),
        b.bind(t.apply(Table.PLANS), RecordBinder::plan),
        b.bind(t.apply(Table.PLAN_ITEMS), RecordBinder::planItem),
        b.bind(t.apply(Table.OPINIONS), RecordBinder::opinion),
        b.bind(t.apply(Table.WAIVERS), RecordBinder::waiver),
        params);
    new ReferenceChecker(tables, b::refused, b.problems()).check(dataset);
    return dataset;
  }

  static String stripExtension(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
