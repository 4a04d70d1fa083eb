package org.branchcheck.rules;

import dev.cel.runtime.CelRuntime;
import java.util.Optional;
import java.util.Set;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.model.Table;

/**
 * A compiled, type-checked rule. {@code when} decides whether the rule applies to a subject at all
 * (absent: always); {@code check} must hold for the subject to pass; {@code message} explains a
 * failure and {@code passMessage}, when given, a pass.
 */
public record Rule(
    String id,
    String title,
    Scope scope,
    Stage stage,
    Severity severity,
    Set<Table> requires,
    Optional<CelRuntime.Program> when,
    CelRuntime.Program check,
    MessageTemplate message,
    Optional<MessageTemplate> passMessage,
    String source,
    SourceLocation at) {}
