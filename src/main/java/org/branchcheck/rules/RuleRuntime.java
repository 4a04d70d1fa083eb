package org.branchcheck.rules;

import dev.cel.common.CelOptions;
import dev.cel.extensions.CelExtensions;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * The one CEL runtime every compiled rule runs on. Its configuration is the same for every rule
 * set (the options and functions, not the declarations, which only the compiler needs), so it is
 * built once per process and shared; it is immutable and safe to use from many threads.
 */
public final class RuleRuntime {
  /**
   * Upper bound on loop iterations in one evaluation: a quadratic rule over a large organisation
   * fails with "iteration budget exceeded" instead of running for minutes.
   */
  static final int MAX_ITERATIONS = 1_000_000;

  /** The options compiler and runtime share; they must agree. */
  static final CelOptions OPTIONS = options(MAX_ITERATIONS);

  private RuleRuntime() {}

  /** Built on first use (class initialisation is thread-safe and happens once). */
  private static final class Shared {
    static final CelRuntime RUNTIME = withBudget(MAX_ITERATIONS);
  }

  private static CelOptions options(int maxIterations) {
    return CelOptions.current()
        .enableHeterogeneousNumericComparisons(true)
        .comprehensionMaxIterations(maxIterations)
        .build();
  }

  /** A runtime with another iteration budget: the tests spend a small one quickly. */
  static CelRuntime withBudget(int maxIterations) {
    return CelRuntimeFactory.standardCelRuntimeBuilder()
        .setOptions(options(maxIterations))
        .addLibraries(CelExtensions.strings())
        .addFunctionBindings(RuleFunctions.bindings())
        .build();
  }

  static CelRuntime get() {
    return Shared.RUNTIME;
  }

  /**
   * Starts building the runtime on a background thread. Building it loads and initialises several
   * hundred classes, a large share of a cold start; a command that will load a rule set calls this
   * first, so that the work overlaps with parsing the command line and reading the rule file on a
   * second core. Calling it is never required: the first rule compiled builds the runtime anyway.
   */
  public static void prepareInBackground() {
    Thread t = new Thread(RuleRuntime::get, "branchcheck-rule-runtime");
    t.setDaemon(true);
    t.start();
  }
}
