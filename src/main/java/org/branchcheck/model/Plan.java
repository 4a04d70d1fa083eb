package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/** A filed study plan (学习培训计划) of one organisation. */
public record Plan(
    String org, LocalDate filedOn, String reviewedBy, Map<String, String> extra, SourceLocation at) {}
