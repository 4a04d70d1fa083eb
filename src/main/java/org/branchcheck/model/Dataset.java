package org.branchcheck.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unit's records as read. {@code present} lists the tables the input actually had, so a rule whose
 * data is missing can say so instead of passing on an empty list. {@code params} are parameter
 * overrides carried by the dataset itself (name to raw text, with where each was written).
 */
public record Dataset(
    String name,
    Set<Table> present,
    List<Org> orgs,
    List<Member> members,
    List<StudySession> sessions,
    List<Attendance> attendance,
    List<Essay> essays,
    List<Meeting> meetings,
    List<Plan> plans,
    List<PlanItem> planItems,
    List<Opinion> opinions,
    List<Waiver> waivers,
    Map<String, ParamOverride> params) {

  /** A parameter value given in data or on the command line, still as text. */
  public record ParamOverride(String name, String value, SourceLocation at) {}
}
