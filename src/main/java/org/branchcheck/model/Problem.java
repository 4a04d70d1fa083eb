package org.branchcheck.model;

/**
 * One thing wrong with the input (data or rules), with where it is. Problems never stop a run
 * early. The text can be said in each {@link Lang}; {@link #message()} is the English, and two
 * problems are the same when their places and English texts are. (A class, not a record, so that
 * the English, by which problems sort, is rendered once.)
 */
public final class Problem implements Comparable<Problem> {
  private final SourceLocation at;
  private final Message text;
  private final String english;

  public Problem(SourceLocation at, Message text) {
    this.at = at;
    this.text = text;
    this.english = text.in(Lang.EN);
  }

  /** A problem whose message is the same in every language. */
  public Problem(SourceLocation at, String message) {
    this(at, Message.plain(message));
  }

  public static Problem of(SourceLocation at, Message.Key key, Object... args) {
    return new Problem(at, Message.of(key, args));
  }

  public SourceLocation at() {
    return at;
  }

  public Message text() {
    return text;
  }

  public String message() {
    return english;
  }

  public String message(Lang lang) {
    return lang == Lang.EN ? english : text.in(lang);
  }

  /** This problem with its text fixed in {@code lang}, as the reports will show it. */
  public Problem in(Lang lang) {
    return new Problem(at, message(lang));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && at.equals(p.at) && english.equals(p.english);
  }

  @Override
  public int hashCode() {
    return at.hashCode() * 31 + english.hashCode();
  }

  @Override
  public String toString() {
    return at + ": " + english;
  }

  @Override
  public int compareTo(Problem o) {
    int c = at.compareTo(o.at);
    return c != 0 ? c : english.compareTo(o.english);
  }
}
