package org.branchcheck.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.types.StructType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import java.util.Map;

/**
 * The CEL environments rules are compiled in, one per (scope, stage): each declares only the
 * variables that exist there, so that reading {@code member} in an org rule, or {@code rollup}
 * outside a verdict rule, is a compile error rather than a surprise at run time.
 */
final class RuleEnvironment {
  /**
   * Upper bound on loop iterations in one evaluation: a quadratic rule over a large organisation
   * fails with "iteration budget exceeded" instead of running for minutes.
   */
  static final int MAX_ITERATIONS = 1_000_000;

  private final int maxIterations;
  private final Cel member;
  private final Cel org;
  private final Cel verdict;

  RuleEnvironment(Map<String, Param> params) {
    this(params, MAX_ITERATIONS);
  }

  /** An environment with another iteration budget (the tests spend a small one quickly). */
  RuleEnvironment(Map<String, Param> params, int maxIterations) {
    this.maxIterations = maxIterations;
    Object[] fields = new Object[params.size() * 2];
    int i = 0;
    for (Param p : params.values()) {
      fields[i++] = p.name();
      fields[i++] = p.type().celType();
    }
    StructType paramsType = FactTypes.struct("branchcheck.Params", fields);
    member = base(paramsType, maxIterations).addVar("member", FactTypes.MEMBER)
        .addVar("org", FactTypes.ORG).build();
    org = base(paramsType, maxIterations).addVar("org", FactTypes.ORG).build();
    verdict = base(paramsType, maxIterations).addVar("org", FactTypes.ORG)
        .addVar("rollup", FactTypes.ROLLUP).build();
  }

  Cel forRule(Scope scope, Stage stage) {
    if (stage == Stage.VERDICT) {
      return verdict;
    }
    return scope == Scope.MEMBER ? member : org;
  }

  int maxIterations() {
    return maxIterations;
  }

  private static dev.cel.bundle.CelBuilder base(StructType paramsType, int maxIterations) {
    return CelFactory.standardCelBuilder()
        .setTypeProvider(FactTypes.provider(paramsType))
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setOptions(CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .comprehensionMaxIterations(maxIterations)
            .build())
        .addCompilerLibraries(CelExtensions.strings())
        .addRuntimeLibraries(CelExtensions.strings())
        .addFunctionDeclarations(RuleFunctions.declarations())
        .addFunctionBindings(RuleFunctions.bindings())
        .addVar("params", paramsType)
        .addVar("as_of", dev.cel.common.types.SimpleType.STRING);
  }
}
