package org.branchcheck.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A loaded and compiled rule set: parameters by name (declaration order) and rules in file order
 * (inherited rules first). {@code lineage} is the file it was loaded from, then the rule sets it
 * extends, each with the SHA-256 of its bytes; {@code switchedOff} lists inherited rules an
 * extending set turned off, with the reason it gave. Either end of the period of force may be null
 * (open).
 */
public record RuleSet(
    String id,
    String title,
    String version,
    String description,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<Origin> lineage,
    List<SwitchedOff> switchedOff,
    Map<String, Param> params,
    List<Rule> rules) {

  /** One file of the chain: which rule set, which version, where, and the digest of its bytes. */
  public record Origin(String id, String version, String file, String sha256) {}

  /** An inherited rule switched off by {@code by}, and why. */
  public record SwitchedOff(
      String rule, String title, String reason, String by,
      org.branchcheck.model.SourceLocation at) {}

  /** The file the rule set was loaded from (the extending one, when it extends another). */
  public String file() {
    return lineage.get(0).file();
  }

  public String sha256() {
    return lineage.get(0).sha256();
  }

  public boolean inForceOn(LocalDate day) {
    return Rule.within(day, effectiveFrom, effectiveTo);
  }

  /** The same rule set with only the rules in force on {@code day}. */
  public RuleSet forDay(LocalDate day) {
    return new RuleSet(id, title, version, description, effectiveFrom, effectiveTo, lineage,
        switchedOff, params, rules.stream().filter(r -> r.inForceOn(day)).toList());
  }

  /** "in force 2005-07-01 to 2005-12-31", "in force from 2005-07-01", or "" when always. */
  public String periodText() {
    return Rule.periodText(effectiveFrom, effectiveTo);
  }
}
