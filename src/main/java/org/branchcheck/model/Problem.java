package org.branchcheck.model;

/** One thing wrong with the input (data or rules), with where it is. Problems never stop a run early. */
public record Problem(SourceLocation at, String message) implements Comparable<Problem> {

  @Override
  public String toString() {
    return at + ": " + message;
  }

  @Override
  public int compareTo(Problem o) {
    int c = at.compareTo(o.at);
    return c != 0 ? c : message.compareTo(o.message);
  }
}
