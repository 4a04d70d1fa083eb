package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/** One study activity held by an organisation. Hours are hundredths (see {@link Hours}). */
public record StudySession(
    String id,
    String org,
    LocalDate date,
    SessionKind kind,
    long hoursCenti,
    String topic,
    String material,
    Map<String, String> extra,
    SourceLocation at) {}
