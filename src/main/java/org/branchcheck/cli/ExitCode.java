package org.branchcheck.cli;

/** The exit codes, listed in {@code --help}. The result decides, never the report format. */
public enum ExitCode {
  OK(0, "every error-severity rule passed (the organisations may transition)"),
  FAILED(1, "some error-severity rule failed"),
  INPUT_ERROR(2, "bad input, bad rule set or bad usage: nothing was checked"),
  INTERNAL_ERROR(3, "an internal error (a bug): please report it");

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
