package org.branchcheck.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The DuckDB baseline of the district-scale benchmark (scripts/bench-scale.sh), not a test: the
 * hours-and-share part of the phase-1 check as one SQL query straight over a dataset folder's CSV
 * files (read_csv, nothing loaded beforehand). Per assessed (not exempt) member: total hours and
 * collective hours, where present, make-up and home rows count, a row's own hours win over the
 * session's, and every form but self-study is collective; then how many members are under the
 * minimum hours and how many under two thirds collective (compared exactly, 3·collective <
 * 2·total). Enum values are accepted in both the Chinese and English forms the checker reads.
 *
 * <p>Usage: {@code DuckDbHours DIR [THREADS [MIN_HOURS]]}; prints one line with the query's
 * elapsed seconds and the counts.
 */
public final class DuckDbHours {
  /** The counts of one run, and the query's elapsed wall time. */
  public record Result(long members, long shortOfHours, long underTwoThirds, double seconds) {}

  private DuckDbHours() {}

  public static Result run(Path dataset, int threads, int minHours) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      sql.execute("SET threads = " + threads);
      long start = System.nanoTime();
      try (ResultSet r = sql.executeQuery(query(dataset, minHours))) {
        r.next();
        return new Result(r.getLong(1), r.getLong(2), r.getLong(3),
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  static String query(Path dataset, int minHours) {
    return """
        WITH sessions AS (
          SELECT id, kind, hours FROM read_csv(%s, header = true,
              types = {'id': 'VARCHAR', 'hours': 'DECIMAL(9,2)'})),
        attendance AS (
          SELECT session, member, status, hours FROM read_csv(%s, header = true,
              types = {'session': 'VARCHAR', 'member': 'VARCHAR', 'status': 'VARCHAR',
                       'hours': 'DECIMAL(9,2)', 'makeup_for': 'VARCHAR'})),
        assessed AS (
          SELECT id FROM read_csv(%s, header = true, all_varchar = true)
          WHERE coalesce(trim(exempt_reason), '') = ''),
        credited AS (
          SELECT a.member, coalesce(a.hours, s.hours) AS hours,
                 s.kind NOT IN ('自学', 'self') AS collective
          FROM attendance a JOIN sessions s ON a.session = s.id
          WHERE a.status IN ('出席', '出勤', '到', '补课', '送学上门', '送课上门',
                             'present', 'makeup', 'home')),
        per_member AS (
          SELECT m.id,
                 coalesce(sum(c.hours), 0) AS total,
                 coalesce(sum(c.hours) FILTER (WHERE c.collective), 0) AS collective
          FROM assessed m LEFT JOIN credited c ON c.member = m.id
          GROUP BY m.id)
        SELECT count(*),
               count(*) FILTER (WHERE total < %d),
               count(*) FILTER (WHERE total > 0 AND 3 * collective < 2 * total)
        FROM per_member
        """.formatted(literal(dataset.resolve("sessions.csv")),
        literal(dataset.resolve("attendance.csv")), literal(dataset.resolve("members.csv")),
        minHours);
  }

  private static String literal(Path file) {
    return "'" + file.toString().replace("'", "''") + "'";
  }

  public static void main(String[] args) throws SQLException {
    if (args.length < 1) {
      System.err.println("usage: DuckDbHours DIR [THREADS [MIN_HOURS]]");
      System.exit(2);
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int minHours = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Result r = run(Path.of(args[0]), threads, minHours);
    System.out.printf(Locale.ROOT,
        "duckdb threads=%d seconds=%.3f members=%d short_of_hours=%d under_two_thirds=%d%n",
        threads, r.seconds(), r.members(), r.shortOfHours(), r.underTwoThirds());
  }
}
