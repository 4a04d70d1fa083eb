package org.branchcheck.rules;

import org.branchcheck.model.SourceLocation;

/** A declared, type-checked parameter with its default as a CEL value. */
public record Param(
    String name, ParamType type, Object defaultValue, String description, String source,
    SourceLocation at) {}
