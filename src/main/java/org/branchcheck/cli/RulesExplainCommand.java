package org.branchcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.rules.DidYouMean;
import org.branchcheck.rules.Rule;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;
import org.branchcheck.rules.RuleSetText;
import org.branchcheck.rules.ShippedRuleSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck rules explain RULE-ID}: one rule, for whoever must act on its failure. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explains one rule: what it asks, the clause it comes from, when it applies,"
        + " its message, and the parameters (with values) and facts it reads.")
public final class RulesExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE-ID", description = "For example member.study-hours.")
  String ruleId;

  @Option(names = "--rules", paramLabel = "ID|FILE", defaultValue = "xianjinxing-2005/phase1",
      description = "The rule set to look in (default: ${DEFAULT-VALUE}).")
  String reference;

  @Override
  public Integer call() {
    Optional<RuleSet> loaded = RuleSetArgument.load(reference, spec);
    if (loaded.isEmpty()) {
      return ExitCode.INPUT_ERROR.code();
    }
    RuleSet rules = loaded.get();
    List<Rule> found = rules.rules().stream().filter(r -> r.id().equals(ruleId)).toList();
    if (!found.isEmpty()) {
      found.forEach(r -> spec.commandLine().getOut().print(RuleSetText.explain(rules, r)));
      spec.commandLine().getOut().flush();
      return ExitCode.OK.code();
    }
    spec.commandLine().getErr().println(notFound(rules));
    return ExitCode.INPUT_ERROR.code();
  }

  private String notFound(RuleSet rules) {
    Optional<RuleSet.SwitchedOff> off = rules.switchedOff().stream()
        .filter(o -> o.rule().equals(ruleId)).findFirst();
    if (off.isPresent()) {
      return ruleId + " is switched off in " + rules.id() + " (" + off.get().by() + ": "
          + off.get().reason() + ")";
    }
    List<String> elsewhere = new ArrayList<>();
    for (String id : ShippedRuleSets.ids()) {
      try {
        if (RuleSetCatalog.load(id).rules().stream().anyMatch(r -> r.id().equals(ruleId))) {
          elsewhere.add(id);
        }
      } catch (RuleSetException e) {
        // a broken shipped set is reported by rules list, not here
      }
    }
    if (!elsewhere.isEmpty()) {
      return "no rule " + ruleId + " in " + rules.id() + "; it is in " + String.join(", ",
          elsewhere) + ": branchcheck rules explain " + ruleId + " --rules " + elsewhere.get(0);
    }
    return "no rule " + ruleId + " in " + rules.id() + DidYouMean.hint(ruleId,
        rules.rules().stream().map(Rule::id).toList());
  }
}
