package org.branchcheck.rules;

/**
 * A CEL evaluation error raised inside a closure, its message already worded as the interpreter
 * words it ("evaluation error at &lt;input&gt;:12: / by zero"). Unchecked, and without a stack
 * trace, because {@code &&}, {@code ||} and comprehensions catch and hold errors as values.
 */
final class EvalError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EvalError(String message) {
    super(message, null, false, false);
  }
}
