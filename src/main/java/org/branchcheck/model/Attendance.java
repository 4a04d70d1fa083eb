package org.branchcheck.model;

import java.util.Map;

/**
 * One sign-in row. {@code hoursCenti} is null when the row does not override the session's hours;
 * {@code makeupFor} names the missed session a make-up row makes good.
 */
public record Attendance(
    String session,
    String member,
    AttendanceStatus status,
    Long hoursCenti,
    String makeupFor,
    Map<String, String> extra,
    SourceLocation at) {}
