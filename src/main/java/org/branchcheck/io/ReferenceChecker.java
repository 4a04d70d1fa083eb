package org.branchcheck.io;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Message;
import org.branchcheck.model.Org;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * Checks what no single cell shows: duplicate ids, references to records that do not exist, and
 * cycles among organisations' parents. Each problem points at the referring cell.
 */
final class ReferenceChecker {
  private final List<Problem> problems;
  private final Function<Table, Set<String>> refused;
  /** Tables whose file broke off: their missing rows may hold any id. */
  private final Set<Table> incomplete = EnumSet.noneOf(Table.class);
  /** Row location to (column code to cell location), for pointing at the referring cell. */
  private final Map<SourceLocation, Map<String, SourceLocation>> cells = new HashMap<>();

  /** @param refused the ids of rows refused for a bad value, by table */
  ReferenceChecker(List<RawTable> tables, Function<Table, Set<String>> refused,
      List<Problem> problems) {
    this.problems = problems;
    this.refused = refused;
    for (RawTable table : tables) {
      if (!table.complete()) {
        incomplete.add(table.table());
      }
      for (RawTable.Row row : table.rows()) {
        Map<String, SourceLocation> byCode = new HashMap<>();
        row.cells().forEach((header, cell) -> TableSchema.codeOf(table.table(), header)
            .ifPresent(code -> byCode.put(code, cell.at())));
        cells.put(row.at(), byCode);
      }
    }
  }

  void check(Dataset d) {
    Set<String> orgs = unique(d.orgs(), Org::id, Org::at, Table.ORGS);
    Set<String> members = unique(d.members(), m -> m.id(), m -> m.at(), Table.MEMBERS);
    Set<String> sessions = unique(d.sessions(), s -> s.id(), s -> s.at(), Table.SESSIONS);
    unique(d.essays().stream().filter(e -> !e.id().isEmpty()).toList(), e -> e.id(), e -> e.at(),
        Table.ESSAYS);
    unique(d.meetings().stream().filter(m -> !m.id().isEmpty()).toList(), m -> m.id(),
        m -> m.at(), Table.MEETINGS);

    boolean haveOrgs = readable(d, Table.ORGS);
    boolean haveMembers = readable(d, Table.MEMBERS);
    boolean haveSessions = readable(d, Table.SESSIONS);
    for (Org o : d.orgs()) {
      refer(haveOrgs, orgs, o.parent(), o.at(), "parent", Table.ORGS);
    }
    d.members().forEach(m -> refer(haveOrgs, orgs, m.org(), m.at(), "org", Table.ORGS));
    d.sessions().forEach(s -> refer(haveOrgs, orgs, s.org(), s.at(), "org", Table.ORGS));
    d.attendance().forEach(a -> {
      refer(haveSessions, sessions, a.session(), a.at(), "session", Table.SESSIONS);
      refer(haveMembers, members, a.member(), a.at(), "member", Table.MEMBERS);
      refer(haveSessions, sessions, a.makeupFor(), a.at(), "makeup_for", Table.SESSIONS);
    });
    d.essays().forEach(e -> refer(haveMembers, members, e.member(), e.at(), "member",
        Table.MEMBERS));
    d.meetings().forEach(m -> refer(haveOrgs, orgs, m.org(), m.at(), "org", Table.ORGS));
    d.plans().forEach(p -> refer(haveOrgs, orgs, p.org(), p.at(), "org", Table.ORGS));
    d.planItems().forEach(p -> refer(haveOrgs, orgs, p.org(), p.at(), "org", Table.ORGS));
    unique(d.opinions().stream().filter(o -> !o.id().isEmpty()).toList(), o -> o.id(),
        o -> o.at(), Table.OPINIONS);
    d.opinions().forEach(o -> refer(haveOrgs, orgs, o.org(), o.at(), "org", Table.ORGS));
    checkParentCycles(d.orgs());
  }

  private <T> Set<String> unique(
      List<T> records, Function<T, String> id, Function<T, SourceLocation> at, Table table) {
    Map<String, SourceLocation> first = new HashMap<>();
    for (T r : records) {
      SourceLocation previous = first.putIfAbsent(id.apply(r), at.apply(r));
      if (previous != null) {
        problems.add(duplicate(cell(at.apply(r), "id"), table, id.apply(r), previous));
      }
    }
    return first.keySet();
  }

  /** A table whose ids are known: there, and read to its end. */
  private boolean readable(Dataset d, Table table) {
    return d.present().contains(table) && !incomplete.contains(table);
  }

  private void refer(boolean targetReadable, Set<String> known, String id, SourceLocation row,
      String column, Table target) {
    if (id.isEmpty() || !targetReadable || known.contains(id)
        || refused.apply(target).contains(id)) {
      return;
    }
    problems.add(dangling(cell(row, column), column, target, id));
  }

  /** A second record with an id: at the repeat's id cell, naming the first record's line. */
  static Problem duplicate(SourceLocation cell, Table table, String id, SourceLocation first) {
    return Problem.of(cell, ReadMessage.DUPLICATE_ID, Message.of(noun(table)), id,
        first.atColumn(0));
  }

  /** A reference to a record that does not exist, at the referring cell. */
  static Problem dangling(SourceLocation cell, String column, Table target, String id) {
    return Problem.of(cell, ReadMessage.DANGLING, column, Message.of(noun(target)), id);
  }

  /** What a record of the table is called. */
  private static ReadMessage noun(Table table) {
    return switch (table) {
      case ORGS -> ReadMessage.ORGANISATION;
      case MEMBERS -> ReadMessage.MEMBER;
      case SESSIONS -> ReadMessage.SESSION;
      case ESSAYS -> ReadMessage.ESSAY;
      case MEETINGS -> ReadMessage.MEETING;
      case OPINIONS -> ReadMessage.OPINION;
      default -> throw new IllegalArgumentException(table + " has no ids");
    };
  }

  private void checkParentCycles(List<Org> orgs) {
    Map<String, Org> byId = new HashMap<>();
    orgs.forEach(o -> byId.putIfAbsent(o.id(), o));
    Set<String> reported = new HashSet<>();
    for (Org start : orgs) {
      Set<String> seen = new HashSet<>();
      Org o = start;
      while (o != null && seen.add(o.id())) {
        o = o.parent().isEmpty() ? null : byId.get(o.parent());
      }
      if (o != null && o.id().equals(start.id()) && reported.add(start.id())) {
        problems.add(Problem.of(cell(start.at(), "parent"), ReadMessage.PARENT_CYCLE,
            start.id()));
      }
    }
  }

  private SourceLocation cell(SourceLocation row, String column) {
    return cells.getOrDefault(row, Map.of()).getOrDefault(column, row);
  }
}
