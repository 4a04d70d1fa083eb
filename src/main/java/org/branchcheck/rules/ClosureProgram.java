package org.branchcheck.rules;

import dev.cel.runtime.CelEvaluationException;
import java.util.Map;

/**
 * An expression compiled to closures. It answers exactly as the interpreter would, errors
 * included; should the variables break the fact contract (a null, an Integer where CEL wants a
 * Long), the interpreter it was compiled beside answers instead.
 */
final class ClosureProgram implements RuleProgram {
  private final Closure root;
  private final String[] variables;
  private final int[] variableSlots;
  private final int slotCount;
  private final int maxIterations;
  private final InterpretedProgram interpreter;

  ClosureProgram(Closure root, Map<String, Integer> variableSlots, int slotCount,
      int maxIterations, InterpretedProgram interpreter) {
    this.root = root;
    this.variables = variableSlots.keySet().toArray(String[]::new);
    this.variableSlots = variableSlots.values().stream().mapToInt(Integer::intValue).toArray();
    this.slotCount = slotCount;
    this.maxIterations = maxIterations;
    this.interpreter = interpreter;
  }

  @Override
  public Object eval(Map<String, ?> vars) throws CelEvaluationException {
    try {
      return closures(vars);
    } catch (EvalError e) {
      throw new CelEvaluationException(e.getMessage());
    } catch (RuntimeException e) {
      return interpreter.eval(vars);
    }
  }

  /** The closures' own answer, without the interpreter to fall back on (for the tests). */
  Object closures(Map<String, ?> vars) {
    Frame frame = new Frame(slotCount, maxIterations);
    for (int i = 0; i < variables.length; i++) {
      frame.slots[variableSlots[i]] = vars.get(variables[i]);
    }
    return root.eval(frame);
  }

  InterpretedProgram interpreter() {
    return interpreter;
  }
}
