package org.branchcheck.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;

/**
 * An expression evaluated by CEL's own interpreter: the reference every closure is tested
 * against, and what runs whenever an expression could not be compiled to closures.
 */
record InterpretedProgram(CelRuntime.Program program) implements RuleProgram {
  @Override
  public Object eval(Map<String, ?> vars) throws CelEvaluationException {
    return program.eval(vars);
  }
}
