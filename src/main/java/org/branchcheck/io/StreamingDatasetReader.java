package org.branchcheck.io;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Essay;
import org.branchcheck.model.InputFile;
import org.branchcheck.model.Member;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.StudySession;
import org.branchcheck.model.Table;

/**
 * Reads a folder of CSV tables of any size in bounded memory: members, sessions and essays are
 * kept as compact bytes ({@link RecordArena}), attendance is never kept at all but handed row by
 * row to the caller, who folds it. The records, problems and files are those {@link
 * DatasetReader} gives for the same folder; the dataset's {@code attendance} list is empty.
 */
public final class StreamingDatasetReader {
  private static final Set<Table> STREAMED =
      EnumSet.of(Table.MEMBERS, Table.SESSIONS, Table.ESSAYS, Table.ATTENDANCE);

  private final List<Problem> problems = new ArrayList<>();
  private final Map<Table, InputFile> files = new EnumMap<>(Table.class);
  /** The tables read to their end, whose ids references can be judged against. */
  private final Set<Table> complete = EnumSet.noneOf(Table.class);
  private final LocalDate asOf;
  private final RecordBinder binder;

  private StreamingDatasetReader(LocalDate asOf) {
    this.asOf = asOf;
    this.binder = new RecordBinder(problems, asOf);
  }

  /**
   * @param attendance given the dataset without attendance (and its ids), the consumer of its
   *     attendance rows (good rows only, in file order)
   */
  public static DatasetReader.ReadResult read(Path folder, LocalDate asOf,
      Function<KeyedRecords, Supplier<AttendanceSink>> attendance) {
    return new StreamingDatasetReader(asOf).run(folder, attendance);
  }

  private DatasetReader.ReadResult run(Path folder,
      Function<KeyedRecords, Supplier<AttendanceSink>> attendance) {
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    Map<Table, Path> found = DatasetReader.tableFiles(folder, problems, Table.ATTENDANCE);
    List<RawTable> small = new ArrayList<>();
    for (Map.Entry<Table, Path> e : found.entrySet()) {
      if (!STREAMED.contains(e.getKey())) {
        String file = e.getValue().getFileName().toString();
        List<InputFile> read = new ArrayList<>();
        DatasetReader.readText(e.getValue(), file, read, problems).ifPresent(text -> {
          RawTable table = CsvTableReader.read(e.getKey(), file, text, problems);
          small.add(table);
          if (table.complete()) {
            complete.add(e.getKey());
          }
        });
        read.forEach(f -> files.put(e.getKey(), f));
      }
    }
    EssayFiles essayFiles = EssayFiles.in(folder);
    Dataset base = DatasetReader.bind(name, small, binder, essayFiles);
    small.clear(); // the raw rows are bound: let them go before the large tables come in
    Set<String> orgs = new HashSet<>();
    base.orgs().forEach(o -> orgs.add(o.id()));
    References refs = new References(problems, binder::refused);
    // A table is there for references (and for the rules) when it could be read, as when read
    // whole: ids pointing into a file that did not decode are not reported one by one.
    boolean haveOrgs = readable(Table.ORGS);

    Keyed<Member> members = keyed(found, Table.MEMBERS, RecordBinder::member,
        RecordCodecs.MEMBER, Member::id, (m, row) -> refs.refer(haveOrgs,
            orgs::contains, m.org(), row, Table.MEMBERS, "org", Table.ORGS));
    Keyed<StudySession> sessions = keyed(found, Table.SESSIONS, RecordBinder::session,
        RecordCodecs.SESSION, StudySession::id, (s, row) -> refs.refer(haveOrgs,
            orgs::contains, s.org(), row, Table.SESSIONS, "org", Table.ORGS));
    boolean haveMembers = readable(Table.MEMBERS);
    boolean haveSessions = readable(Table.SESSIONS);
    Map<Integer, Essay> kept = new HashMap<>();
    Stored<Essay> essays = essays(found, essayFiles, kept, refs, members.ids, haveMembers);

    Set<Table> present = EnumSet.noneOf(Table.class);
    present.addAll(found.keySet());
    Dataset dataset = new Dataset(name, present, base.orgs(), members.stored.list(Map.of()),
        sessions.stored.list(Map.of()), List.of(), essays.list(kept), base.meetings(),
        base.plans(), base.planItems(), base.opinions(), base.waivers(), base.params());
    Path attendanceFile = found.get(Table.ATTENDANCE);
    if (attendanceFile != null) {
      IdTable sessionIds = sessions.ids;
      IdTable memberIds = members.ids;
      AttendanceReader.General general = (sink, list) -> {
        References checks = new References(list, binder::refused);
        return new RecordBinder(list, asOf).streaming(Table.ATTENDANCE, RecordBinder::attendance,
            (a, row) -> {
              checks.refer(haveSessions, sessionIds::contains, a.session(), row,
                  Table.ATTENDANCE, "session", Table.SESSIONS);
              checks.refer(haveMembers, memberIds::contains, a.member(), row,
                  Table.ATTENDANCE, "member", Table.MEMBERS);
              checks.refer(haveSessions, sessionIds::contains, a.makeupFor(), row,
                  Table.ATTENDANCE, "makeup_for", Table.SESSIONS);
              sink.add(sessionIds.get(a.session()), memberIds.get(a.member()), a.status(),
                  a.hoursCenti() == null ? -1 : a.hoursCenti(),
                  a.makeupFor().isEmpty() ? -1 : sessionIds.get(a.makeupFor()));
            });
      };
      put(Table.ATTENDANCE, AttendanceReader.read(attendanceFile,
          attendanceFile.getFileName().toString(), problems, sessionIds, memberIds,
          attendance.apply(new KeyedRecords(dataset, memberIds, sessionIds)), general));
    }
    List<InputFile> all = new ArrayList<>(files.values());
    all.addAll(essayFiles.files());
    problems.sort(null);
    return new DatasetReader.ReadResult(dataset, List.copyOf(problems), List.copyOf(all));
  }

  /**
   * The essays table; those whose text was read go to {@code kept}. A method of its own so that
   * the set of ids seen, as large as the table, is garbage before the attendance is read.
   */
  private Stored<Essay> essays(Map<Table, Path> found, EssayFiles essayFiles,
      Map<Integer, Essay> kept, References refs, IdTable memberIds, boolean haveMembers) {
    // Sized from the file (an essay row is rarely under 64 bytes): growing a set of millions
    // doubles it in one step, which a tight heap may not have room for.
    LongOpenHashSet essayIds = new LongOpenHashSet(expectedRows(found.get(Table.ESSAYS), 64));
    return store(found, Table.ESSAYS, r -> RecordBinder.essay(r, essayFiles),
        RecordCodecs.ESSAY, (e, row, arena, index) -> {
          if (e.content() != null) {
            kept.put(index, e);
          }
          if (!e.id().isEmpty() && !essayIds.add(hash(e.id()))) {
            refs.duplicateIfSeen(arena, index, Essay::id, e.id(), row, Table.ESSAYS);
          }
          refs.refer(haveMembers, memberIds::contains, e.member(), row, Table.ESSAYS,
              "member", Table.MEMBERS);
        });
  }

  /** What to do with each good record: its row, the arena holding it, its position there. */
  private interface RecordSink<T> {
    void accept(T record, RawTable.Row row, RecordArena<T> arena, int index);
  }

  /** A streamed table's records. */
  private record Stored<T>(RecordArena<T> arena) {
    List<T> list(Map<Integer, T> kept) {
      return arena == null ? List.of() : new RecordList<>(arena, kept);
    }
  }

  /** A table whose ids others refer to: the ids with their first row. */
  private record Keyed<T>(Stored<T> stored, IdTable ids) {}

  private <T> Keyed<T> keyed(Map<Table, Path> found, Table table, Function<RowReader, T> bind,
      RecordArena.Codec<T> codec, Function<T, String> idOf,
      java.util.function.BiConsumer<T, RawTable.Row> check) {
    IdTable ids = new IdTable();
    Stored<T> stored = store(found, table, bind, codec, (record, row, arena, index) -> {
      String id = idOf.apply(record);
      int first = ids.putIfAbsent(id, index);
      if (first != index) {
        problems.add(ReferenceChecker.duplicate(References.cell(row, "id", table), table, id,
            new SourceLocation(row.at().file(), arena.line(first), 0)));
      }
      check.accept(record, row);
    });
    ids.trim();
    return new Keyed<>(stored, ids);
  }

  private <T> Stored<T> store(Map<Table, Path> found, Table table, Function<RowReader, T> bind,
      RecordArena.Codec<T> codec, RecordSink<T> sink) {
    Path path = found.get(table);
    if (path == null) {
      return new Stored<>(null);
    }
    String file = path.getFileName().toString();
    RecordArena<T> arena = new RecordArena<>(file, codec);
    Consumer<RawTable.Row> rows = binder.streaming(table, bind, (record, row) ->
        sink.accept(record, row, arena, arena.add(record, row.at().line())));
    StreamedTable.Read read = StreamedTable.read(path, file, problems, rows);
    put(table, read.file());
    if (read.complete()) {
      complete.add(table);
    }
    arena.trim();
    return new Stored<>(arena);
  }

  private boolean readable(Table table) {
    return complete.contains(table);
  }

  private void put(Table table, InputFile file) {
    if (file != null) {
      files.put(table, file);
    }
  }

  private static int expectedRows(Path file, int bytesPerRow) {
    try {
      return file == null || !java.nio.file.Files.isRegularFile(file) ? 16
          : (int) Math.min(1 << 26, java.nio.file.Files.size(file) / bytesPerRow);
    } catch (java.io.IOException e) {
      return 16;
    }
  }

  private static long hash(String id) {
    long h = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    return h ^ ((long) id.hashCode() << 32);
  }
}
