package org.branchcheck.rules;

import java.util.List;
import org.branchcheck.io.LocatedYaml.Node;
import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.model.SourceLocation;

/**
 * A rule set exactly as written in YAML, shape-checked but not yet understood: every value keeps
 * its position so that the compiler can point at it. Absent optional values are null. A rule set
 * that {@code extends} another may leave out title and version, give a parameter only a new
 * default, and change inherited rules through {@code overrides}.
 */
public record RuleSetSpec(
    String file,
    Scalar id,
    Scalar extendsRef,
    Scalar title,
    Scalar version,
    Scalar description,
    Window effective,
    List<ParamSpec> params,
    List<RuleSpec> rules,
    List<OverrideSpec> overrides,
    SourceLocation at) {

  /** A period of force; either end may be absent (open). */
  public record Window(Scalar from, Scalar to, SourceLocation at) {}

  /** One declared parameter; in an extending rule set, type may be absent (inherited). */
  public record ParamSpec(
      String name, Scalar type, Node defaultValue, Scalar description, Scalar source,
      SourceLocation at) {}

  /** One rule. */
  public record RuleSpec(
      Scalar id,
      Scalar title,
      Scalar scope,
      Scalar stage,
      Scalar severity,
      List<Scalar> requires,
      Scalar when,
      Scalar check,
      Scalar message,
      Scalar passMessage,
      Scalar source,
      Window effective,
      SourceLocation at) {}

  /**
   * A change to an inherited rule: a new severity or period of force, or switching it off. The
   * reason is required, so that whoever reads the loaded rule set learns why it differs.
   */
  public record OverrideSpec(
      String rule, Scalar severity, Scalar off, Window effective, Scalar reason,
      SourceLocation at) {}
}
