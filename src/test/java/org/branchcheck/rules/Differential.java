package org.branchcheck.rules;

import dev.cel.runtime.CelEvaluationException;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one expression both ways, the closures alone (no fallback) and CEL's interpreter, and says
 * how they disagree, if they do. They agree when both give equal values of the same Java class,
 * or both fail with the same message.
 */
final class Differential {
  private Differential() {}

  /** What one way of evaluating gave: a value, or an error message. */
  record Outcome(Object value, String error) {
    boolean failed() {
      return error != null;
    }

    boolean sameAs(Outcome other) {
      return Objects.equals(error, other.error) && Objects.equals(value, other.value)
          && (value == null || value.getClass() == other.value.getClass());
    }

    @Override
    public String toString() {
      return failed() ? "error: " + error
          : value + " (" + (value == null ? "null" : value.getClass().getSimpleName()) + ")";
    }
  }

  record Result(Outcome closures, Outcome interpreter) {
    boolean agree() {
      return closures.sameAs(interpreter);
    }
  }

  static Result run(ClosureProgram program, Map<String, ?> vars) {
    Outcome closures;
    try {
      closures = new Outcome(program.closures(vars), null);
    } catch (EvalError e) {
      closures = new Outcome(null, e.getMessage());
    } catch (RuntimeException e) {
      // With facts of the declared types the closures must never need the interpreter.
      closures = new Outcome(null, "closures gave up: " + e);
    }
    Outcome interpreter;
    try {
      interpreter = new Outcome(program.interpreter().eval(vars), null);
    } catch (CelEvaluationException e) {
      interpreter = new Outcome(null, e.getMessage());
    }
    return new Result(closures, interpreter);
  }

  static String describe(long seed, String expression, Map<String, ?> vars, Result result) {
    return "closures and interpreter disagree\n  seed:        " + seed
        + "\n  expression:  " + expression
        + "\n  closures:    " + result.closures()
        + "\n  interpreter: " + result.interpreter()
        + "\n  facts:       " + vars;
  }
}
