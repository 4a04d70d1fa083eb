package org.branchcheck.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import java.util.Map;

/**
 * The CEL environments rules are compiled in, one per (scope, stage): each declares only the
 * variables that exist there, so that reading {@code member} in an org rule, or {@code rollup}
 * outside a verdict rule, is a compile error rather than a surprise at run time. A compiler is
 * built only when an expression has to be compiled: rules found in a {@link RuleCache} never
 * need one. Every environment runs on the shared {@link RuleRuntime}.
 */
final class RuleEnvironment {
  /** One environment: its name keys cached expressions, its compiler checks new ones. */
  record Env(String name, Supplier<CelCompiler> compiler) {}

  private final Env member;
  private final Env org;
  private final Env verdict;

  RuleEnvironment(Map<String, Param> params) {
    Object[] fields = new Object[params.size() * 2];
    int i = 0;
    for (Param p : params.values()) {
      fields[i++] = p.name();
      fields[i++] = p.type().celType();
    }
    StructType paramsType = FactTypes.struct("branchcheck.Params", fields);
    member = new Env("member", Suppliers.memoize(() -> base(paramsType)
        .addVar("member", FactTypes.MEMBER).addVar("org", FactTypes.ORG).build()));
    org = new Env("org", Suppliers.memoize(() -> base(paramsType)
        .addVar("org", FactTypes.ORG).build()));
    verdict = new Env("verdict", Suppliers.memoize(() -> base(paramsType)
        .addVar("org", FactTypes.ORG).addVar("rollup", FactTypes.ROLLUP).build()));
  }

  Env forRule(Scope scope, Stage stage) {
    if (stage == Stage.VERDICT) {
      return verdict;
    }
    return scope == Scope.MEMBER ? member : org;
  }

  private static CelCompilerBuilder base(StructType paramsType) {
    return CelCompilerFactory.standardCelCompilerBuilder()
        .setTypeProvider(FactTypes.provider(paramsType))
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setOptions(RuleRuntime.OPTIONS)
        .addLibraries(CelExtensions.strings())
        .addFunctionDeclarations(RuleFunctions.declarations())
        .addVar("params", paramsType)
        .addVar("as_of", SimpleType.STRING);
  }
}
