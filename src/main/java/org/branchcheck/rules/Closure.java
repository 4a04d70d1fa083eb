package org.branchcheck.rules;

/**
 * One node of a compiled expression: computes its value in a frame, or throws {@link EvalError}
 * for a CEL error (or {@link UnexpectedValue} when the facts break their declared types).
 */
@FunctionalInterface
interface Closure {
  Object eval(Frame frame);
}
