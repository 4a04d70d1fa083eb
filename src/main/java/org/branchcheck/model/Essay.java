package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * An essay, notes or other written work; {@code chars} is the declared 字数, null when not given;
 * {@code date} is when it was written or handed in, null when not given; {@code content} is what
 * was read of its file or inline text, null when it has neither.
 */
public record Essay(
    String id,
    String member,
    EssayKind kind,
    String title,
    LocalDate date,
    Integer chars,
    String file,
    EssayContent content,
    String reviewedBy,
    LocalDate reviewedOn,
    Map<String, String> extra,
    SourceLocation at) {}
