package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * An opinion or suggestion solicited from the masses for an organisation (phase 2), and what was
 * done about it (phase 3). Absent dates are null.
 */
public record Opinion(
    String id,
    String org,
    String text,
    LocalDate solicitedOn,
    OpinionStatus status,
    LocalDate deadline,
    LocalDate rectifiedOn,
    Map<String, String> extra,
    SourceLocation at) {}
