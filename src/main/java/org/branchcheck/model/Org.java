package org.branchcheck.model;

import java.util.Map;

/**
 * A party organisation. Absent text fields are empty strings, never null; an unknown ownership or
 * activity-room area is null, an unrecorded room checklist an empty list.
 */
public record Org(
    String id,
    String name,
    OrgKind kind,
    String parent,
    String enterprise,
    String instructor,
    String leader,
    String head,
    Ownership ownership,
    Double roomArea,
    java.util.List<String> roomItems,
    Map<String, String> extra,
    SourceLocation at) {}
