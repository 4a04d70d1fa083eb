package org.branchcheck.rules;

/**
 * The state of one evaluation of a closure tree: a slot per variable (the subject's top-level
 * variables first, then one per comprehension variable) and the comprehension iterations spent,
 * counted against one budget for the whole evaluation as CEL's interpreter counts them.
 */
final class Frame {
  final Object[] slots;
  private final int maxIterations;
  private int iterations;

  Frame(int slotCount, int maxIterations) {
    this.slots = new Object[slotCount];
    this.maxIterations = maxIterations;
  }

  void countIteration() {
    if (maxIterations >= 0 && ++iterations > maxIterations) {
      throw new EvalError("evaluation error: Iteration budget exceeded: " + maxIterations);
    }
  }
}
