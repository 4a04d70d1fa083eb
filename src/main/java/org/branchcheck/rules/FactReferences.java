package org.branchcheck.rules;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level facts and parameters an expression's text names ("member.hours",
 * "params.min_hours"), for telling a reader what a rule reads and the engine which tables a
 * condition depends on. Read from the text, so a name inside a string literal counts too: a
 * harmless over-estimate for both uses.
 */
public final class FactReferences {
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(member|org|rollup|params)\\.([a-z_]+)");

  private FactReferences() {}

  /** Every "root.field" named in the given expressions, sorted. */
  public static Set<String> in(String... expressions) {
    Set<String> out = new TreeSet<>();
    for (String expression : expressions) {
      Matcher m = REFERENCE.matcher(expression);
      while (m.find()) {
        out.add(m.group(1) + "." + m.group(2));
      }
    }
    return out;
  }
}
