package org.branchcheck.model;

import java.time.LocalDate;
import java.util.Map;

/** One line of a study plan: "时间到日、内容到篇、责任到人" asks for all three of date, text, person. */
public record PlanItem(
    String org,
    LocalDate date,
    String text,
    String responsible,
    Map<String, String> extra,
    SourceLocation at) {}
