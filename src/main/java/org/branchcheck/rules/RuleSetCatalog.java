package org.branchcheck.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;

/**
 * Finds a rule set by reference: a path to a YAML file, or the id of a rule set shipped inside
 * the jar (for example {@code xianjinxing-2005/phase1}, read from {@code rules/<id>.yaml}), and
 * loads it with everything it extends.
 */
public final class RuleSetCatalog {
  private RuleSetCatalog() {}

  public static RuleSet load(String reference) throws RuleSetException {
    return load(reference, RuleCache.NONE);
  }

  /** Loads a rule set, taking its already checked expressions from {@code cache}. */
  public static RuleSet load(String reference, RuleCache cache) throws RuleSetException {
    return RuleCompiler.compile(RuleSetLinker.link(source(reference)), cache);
  }

  public static RuleSet load(RuleSource source) throws RuleSetException {
    return RuleCompiler.compile(RuleSetLinker.link(source));
  }

  /** Where a reference given on the command line points; an unknown one is an error with hints. */
  public static RuleSource source(String reference) throws RuleSetException {
    Path path = Path.of(reference);
    if (Files.isRegularFile(path)) {
      return RuleSource.file(path);
    }
    String id = reference.replaceAll("\\.ya?ml$", "");
    return ShippedRuleSets.source(id).orElseThrow(() -> notFound(reference, id));
  }

  private static RuleSetException notFound(String reference, String id) {
    List<String> shipped = ShippedRuleSets.ids();
    return new RuleSetException(List.of(new Problem(SourceLocation.ofFile(reference),
        "no rule-set file and no shipped rule set with this id" + DidYouMean.hint(id, shipped)
            + " (shipped: " + String.join(", ", shipped) + ")")));
  }
}
