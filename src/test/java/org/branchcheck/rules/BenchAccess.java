package org.branchcheck.rules;

import java.util.List;

/**
 * What the rule-evaluation benchmark (in {@code org.branchcheck.bench}) needs from inside this
 * package: the interpreter compiled beside each closure program, and a message's placeholders.
 */
public final class BenchAccess {
  private BenchAccess() {}

  /** The interpreter's program for the same expression ({@code program} itself if it is one). */
  public static RuleProgram interpreterOf(RuleProgram program) {
    return program instanceof ClosureProgram closures ? closures.interpreter() : program;
  }

  public static boolean isClosures(RuleProgram program) {
    return program instanceof ClosureProgram;
  }

  public static List<RuleProgram> placeholders(MessageTemplate template) {
    return template.programs();
  }
}
