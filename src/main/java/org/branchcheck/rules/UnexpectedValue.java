package org.branchcheck.rules;

/**
 * A value that is not of the Java class its declared CEL type promises (Long for int, Double for
 * double, String, Boolean, List, Map; never null). Closures are exact only over such values, so
 * this makes the whole expression go to the interpreter instead of guessing what it would do.
 */
final class UnexpectedValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnexpectedValue(String what) {
    super(what, null, false, false);
  }
}
