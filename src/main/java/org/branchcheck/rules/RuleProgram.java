package org.branchcheck.rules;

import dev.cel.runtime.CelEvaluationException;
import java.util.Map;

/**
 * One compiled rule expression (a {@code when}, a {@code check} or a message placeholder),
 * evaluated over the variables of one subject ({@code params}, {@code as_of}, {@code org},
 * {@code member} or {@code rollup}). It gives exactly the value, or the error, that CEL's
 * interpreter gives for the same expression and variables.
 */
public interface RuleProgram {
  Object eval(Map<String, ?> vars) throws CelEvaluationException;
}
