package org.branchcheck.engine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.branchcheck.model.Table;
import org.branchcheck.rules.FactReferences;

/**
 * Which tables each fact is computed from. A rule's condition ({@code when}) that reads a fact
 * computed from a missing table cannot tell whether the rule applies, so the rule fails for the
 * missing table instead of quietly not applying; a condition that reads none of them (an
 * organisation's kind, a member's role) still decides.
 */
final class FactTables {
  private static final Set<Table> STUDY = EnumSet.of(Table.SESSIONS, Table.ATTENDANCE);
  private static final Map<String, Set<Table>> SOURCES = Map.ofEntries(
      Map.entry("member.hours", STUDY),
      Map.entry("member.sessions_attended", STUDY),
      Map.entry("member.collective_sessions_attended", STUDY),
      Map.entry("member.missed", STUDY),
      Map.entry("member.essays", EnumSet.of(Table.ESSAYS)),
      Map.entry("org.member_count", EnumSet.of(Table.MEMBERS)),
      Map.entry("org.new_member_count", EnumSet.of(Table.MEMBERS)),
      Map.entry("org.new_members", EnumSet.of(Table.MEMBERS)),
      Map.entry("org.has_plan", EnumSet.of(Table.PLANS)),
      Map.entry("org.plan", EnumSet.of(Table.PLANS, Table.PLAN_ITEMS)),
      Map.entry("org.meetings", EnumSet.of(Table.MEETINGS)),
      Map.entry("org.opinions", EnumSet.of(Table.OPINIONS)),
      Map.entry("org.topics", EnumSet.of(Table.SESSIONS)),
      Map.entry("org.materials", EnumSet.of(Table.SESSIONS)),
      Map.entry("org.session_count", EnumSet.of(Table.SESSIONS)),
      Map.entry("org.collective_session_count", EnumSet.of(Table.SESSIONS)));

  private FactTables() {}

  /** Whether {@code expression} reads a fact computed from one of the {@code missing} tables. */
  static boolean reads(String expression, Set<Table> missing) {
    return FactReferences.in(expression).stream()
        .anyMatch(f -> SOURCES.getOrDefault(f, Set.of()).stream().anyMatch(missing::contains));
  }
}
