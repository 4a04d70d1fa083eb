package org.branchcheck.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The eight tables of a generated dataset, each a {@link CsvSink} with the English file name and
 * headers of the data contract. A table that is not wanted (all but attendance when only the
 * attendance is streamed; attendance when it is streamed separately) is a discarding sink, so
 * every table comes out the same whichever of them are written.
 */
final class DistrictTables implements Closeable {
  static final String ATTENDANCE_FILE = "attendance.csv";
  /** The files written into a dataset folder, in the order they are opened. */
  static final List<String> FILES = List.of("orgs.csv", "members.csv", "sessions.csv",
      ATTENDANCE_FILE, "essays.csv", "meetings.csv", "plans.csv", "plan_items.csv");

  private static final String[][] HEADERS = {
    {"id", "name", "kind", "parent", "enterprise", "instructor", "leader", "head"},
    {"id", "name", "org", "role", "status", "joined_on", "transferred_in_on", "new", "can_write",
      "exempt_reason"},
    {"id", "org", "date", "kind", "hours", "topic", "material"},
    {"session", "member", "status", "hours", "makeup_for"},
    {"id", "member", "kind", "title", "chars", "file", "reviewed_by", "reviewed_on"},
    {"id", "org", "kind", "date", "chair", "mass_evaluation"},
    {"org", "filed_on", "reviewed_by"},
    {"org", "date", "text", "responsible"},
  };

  final CsvSink orgs;
  final CsvSink members;
  final CsvSink sessions;
  final CsvSink attendance;
  final CsvSink essays;
  final CsvSink meetings;
  final CsvSink plans;
  final CsvSink planItems;

  private DistrictTables(CsvSink[] sinks) {
    orgs = sinks[0];
    members = sinks[1];
    sessions = sinks[2];
    attendance = sinks[3];
    essays = sinks[4];
    meetings = sinks[5];
    plans = sinks[6];
    planItems = sinks[7];
  }

  /** Every table as a file in {@code folder} (which must exist), attendance too unless told not. */
  static DistrictTables inFolder(Path folder, boolean withAttendance) throws IOException {
    CsvSink[] sinks = new CsvSink[FILES.size()];
    try {
      for (int i = 0; i < sinks.length; i++) {
        boolean wanted = withAttendance || !FILES.get(i).equals(ATTENDANCE_FILE);
        sinks[i] = wanted
            ? CsvSink.open(Files.newOutputStream(folder.resolve(FILES.get(i))), true, HEADERS[i])
            : CsvSink.discard();
      }
    } catch (IOException e) {
      for (CsvSink s : sinks) {
        if (s != null) {
          closeQuietly(s);
        }
      }
      throw e;
    }
    return new DistrictTables(sinks);
  }

  /** The attendance table alone, to {@code out} (closed at the end when {@code own} is true). */
  static DistrictTables attendanceOnly(OutputStream out, boolean own) throws IOException {
    CsvSink[] sinks = new CsvSink[FILES.size()];
    for (int i = 0; i < sinks.length; i++) {
      sinks[i] = FILES.get(i).equals(ATTENDANCE_FILE) ? CsvSink.open(out, own, HEADERS[i])
          : CsvSink.discard();
    }
    return new DistrictTables(sinks);
  }

  private List<CsvSink> all() {
    return List.of(orgs, members, sessions, attendance, essays, meetings, plans, planItems);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CsvSink s : all()) {
      try {
        s.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static void closeQuietly(CsvSink s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // the error that made us give up is the one reported
    }
  }
}
