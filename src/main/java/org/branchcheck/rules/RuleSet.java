package org.branchcheck.rules;

import java.util.List;
import java.util.Map;

/**
 * A loaded and compiled rule set: parameters by name (declaration order) and rules in file order.
 * {@code sha256} is the digest of the rule file's bytes, empty until the catalog has read them.
 */
public record RuleSet(
    String id,
    String title,
    String version,
    String description,
    String file,
    String sha256,
    Map<String, Param> params,
    List<Rule> rules) {

  public RuleSet withSha256(String digest) {
    return new RuleSet(id, title, version, description, file, digest, params, rules);
  }
}
