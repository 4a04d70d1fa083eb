package org.branchcheck.cli;

import org.branchcheck.rules.RuleRuntime;

/** Entry point of the runnable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Java keeps, per thread, a native copy buffer as large as the largest single file read (all
    // of a 15 MB plan table, say) for the life of the process; capped, larger reads use a
    // buffer freed at once. Read when the first file is, so it is set before anything is read.
    if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
      System.setProperty("jdk.nio.maxCachedBufferSize", "262144");
    }
    int code;
    if (args.length > 0 && (args[0].equals("check") || args[0].equals("rules"))) {
      // These load a rule set: build the rule runtime on a second core while picocli parses.
      RuleRuntime.prepareInBackground();
    }
    try {
      code = BranchcheckCommand.commandLine(args).execute(args);
    } catch (Throwable e) {
      // Errors (out of memory, say) pass picocli's handlers; exit 1 would read as "failed".
      Failure failure = Failure.of(e, java.util.List.of(args), Failure.crashDir());
      System.err.println(failure.message());
      code = failure.exitCode().code();
    }
    System.exit(code);
  }
}
