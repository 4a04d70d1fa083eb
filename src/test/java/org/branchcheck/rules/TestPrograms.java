package org.branchcheck.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.CelType;
import dev.cel.compiler.CelCompiler;
import dev.cel.runtime.CelRuntime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Member-rule expressions compiled as the rule compiler does, over phase 1's parameters. */
final class TestPrograms {
  private final RuleSet phase1;
  private final CelCompiler compiler;
  private final CelRuntime runtime;
  private final int budget;

  TestPrograms(int budget) throws RuleSetException {
    this.phase1 = RuleSetCatalog.load("xianjinxing-2005/phase1");
    this.compiler = new RuleEnvironment(phase1.params()).forRule(Scope.MEMBER, Stage.CHECK)
        .compiler().get();
    this.runtime = RuleRuntime.withBudget(budget);
    this.budget = budget;
  }

  RuleProgram compile(String expression) throws Exception {
    CelAbstractSyntaxTree ast = compiler.compile(expression).getAst();
    return ClosureCompiler.compile(ast, runtime.createProgram(ast), budget);
  }

  Map<String, CelType> paramTypes() {
    Map<String, CelType> params = new LinkedHashMap<>();
    phase1.params().forEach((name, p) -> params.put(name, p.type().celType()));
    return params;
  }

  Map<String, Object> defaults() {
    Map<String, Object> params = new LinkedHashMap<>();
    phase1.params().forEach((name, p) -> params.put(name, p.defaultValue()));
    return params;
  }
}
