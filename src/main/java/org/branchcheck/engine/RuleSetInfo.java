package org.branchcheck.engine;

import java.util.List;
import org.branchcheck.rules.RuleSet;

/**
 * What a report says about the rule set a run used: identity and provenance (file and SHA-256 of
 * its bytes, and of every rule set it extends) and each rule's metadata, which SARIF and the
 * printable reports list. Only the rules in force on the as-of date are listed; {@code switchedOff}
 * names the inherited rules an extending set turned off, with the reason.
 */
public record RuleSetInfo(
    String id, String title, String version, String file, String sha256,
    List<RuleSet.Origin> lineage, List<RuleSet.SwitchedOff> switchedOff, List<RuleInfo> rules) {

  /** One rule's metadata: what it is called, what it applies to, and the clause it comes from. */
  public record RuleInfo(
      String id, String title, String scope, String stage, String severity, String source) {}

  public static RuleSetInfo of(RuleSet rules) {
    return new RuleSetInfo(rules.id(), rules.title(), rules.version(), rules.file(),
        rules.sha256(), rules.lineage(), rules.switchedOff(), rules.rules().stream()
            .map(r -> new RuleInfo(r.id(), r.title(), r.scope().code(), r.stage().code(),
                r.severity().code(), r.source())).toList());
  }

  /** A rule set that could not be loaded: only the reference the user gave is known. */
  public static RuleSetInfo unloaded(String reference) {
    return new RuleSetInfo(reference, "", "", reference, "", List.of(), List.of(), List.of());
  }
}
