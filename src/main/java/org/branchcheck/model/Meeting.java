package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A meeting. {@code massEvaluation} records whether the mass evaluation group (群众评估组) was heard;
 * null when the data does not say.
 */
public record Meeting(
    String id,
    String org,
    MeetingKind kind,
    LocalDate date,
    String chair,
    Boolean massEvaluation,
    Map<String, String> extra,
    SourceLocation at) {}
