package org.branchcheck.rules;

import java.util.List;
import java.util.Map;

/** A loaded and compiled rule set: parameters by name (declaration order) and rules in file order. */
public record RuleSet(
    String id,
    String title,
    String version,
    String description,
    String file,
    Map<String, Param> params,
    List<Rule> rules) {}
