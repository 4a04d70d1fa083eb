package org.branchcheck.rules;

import java.util.List;
import org.branchcheck.model.Problem;

/** A rule set that cannot be used, with every problem found in it (file, line, column each). */
public final class RuleSetException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public RuleSetException(List<Problem> problems) {
    super(problems.size() + " problem(s) in rule set, first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
