package org.branchcheck.rules;

import java.util.List;
import org.branchcheck.io.LocatedYaml.Node;
import org.branchcheck.io.LocatedYaml.Scalar;
import org.branchcheck.model.SourceLocation;

/**
 * A rule set exactly as written in YAML, shape-checked but not yet understood: every value keeps
 * its position so that the compiler can point at it. Absent optional values are null.
 */
public record RuleSetSpec(
    String file,
    Scalar id,
    Scalar title,
    Scalar version,
    Scalar description,
    List<ParamSpec> params,
    List<RuleSpec> rules,
    SourceLocation at) {

  /** One declared parameter. */
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
      SourceLocation at) {}
}
