package org.branchcheck.engine;

/**
 * The exit codes, listed in {@code --help}. The result decides, never the report format: a run
 * exits with its worst dataset's code, an unreadable one outranking a failed one.
 */
public enum ExitCode {
  OK(0, "every dataset passed: no failure at the --fail-on severity (default error)"),
  FAILED(1, "some dataset has a failure at the --fail-on severity; all were readable"),
  INPUT_ERROR(2, "some dataset, the rule set or the command line is unreadable or wrong;"
      + " those were not checked, the others were"),
  INTERNAL_ERROR(3, "an internal error (a bug): one line here, the details in a file it names;"
      + " please report it"),
  OUT_OF_MEMORY(4, "the data did not fit the Java heap: give it more"
      + " (BRANCHCHECK_JAVA_OPTS=-Xmx1g)");

  public static ExitCode of(DatasetStatus status) {
    return switch (status) {
      case PASSED -> OK;
      case FAILED -> FAILED;
      case UNREADABLE -> INPUT_ERROR;
    };
  }

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** The lines of the exit-code list in {@code --help}. */
  public static java.util.Map<String, String> helpList() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (ExitCode e : values()) {
      out.put(String.valueOf(e.code), e.meaning);
    }
    return out;
  }
}
