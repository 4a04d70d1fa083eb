package org.branchcheck.model;

import java.util.List;

/**
 * A message that can be said in each {@link Lang}: a key, whose templates hold {@code {0}},
 * {@code {1}}, … for the arguments, and the arguments. An argument that is itself a message is
 * said in the same language, so that "'x' is not {2}" can nest what was expected.
 */
public record Message(Key key, List<Object> args) {

  /** A message's templates, one per language; the stages keep theirs in an enum of keys. */
  public interface Key {
    String template(Lang lang);
  }

  public static Message of(Key key, Object... args) {
    return new Message(key, List.of(args));
  }

  /** Text that is the same in every language (a parser's own words, a file name). */
  public static Message plain(String text) {
    return new Message(lang -> "{0}", List.of(text));
  }

  public String in(Lang lang) {
    String template = key.template(lang);
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      int index = close > i + 1 ? argIndex(template.substring(i + 1, close)) : -1;
      if (index >= 0 && index < args.size()) {
        Object arg = args.get(index);
        out.append(arg instanceof Message m ? m.in(lang) : String.valueOf(arg));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int argIndex(String digits) {
    return digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(digits) : -1;
  }

  @Override
  public String toString() {
    return in(Lang.EN);
  }
}
