package org.branchcheck.model;

import java.util.Map;

/** A party organisation. Absent text fields are empty strings, never null. */
public record Org(
    String id,
    String name,
    OrgKind kind,
    String parent,
    String enterprise,
    String instructor,
    String leader,
    String head,
    Map<String, String> extra,
    SourceLocation at) {}
