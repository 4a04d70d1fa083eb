package org.branchcheck.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.Problem;
import org.branchcheck.rules.ParamValues;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;

/**
 * One whole check: load the rule set, read the dataset, settle the parameters, evaluate. Any input
 * problem (rules, data or parameters) gives a result that lists all of them and no findings.
 */
public final class Checker {
  private Checker() {}

  public static CheckResult check(
      String rulesReference, Path dataset, List<ParamOverride> cliParams, LocalDate asOf) {
    RuleSet rules;
    try {
      rules = RuleSetCatalog.load(rulesReference);
    } catch (RuleSetException e) {
      return CheckResult.inputError(dataset.getFileName().toString(),
          new CheckResult.RuleSetInfo(rulesReference, "", ""), asOf, e.problems());
    }
    return check(rules, dataset, cliParams, asOf);
  }

  public static CheckResult check(
      RuleSet rules, Path dataset, List<ParamOverride> cliParams, LocalDate asOf) {
    DatasetReader.ReadResult read = DatasetReader.read(dataset);
    List<Problem> problems = new ArrayList<>(read.problems());
    Map<String, Object> params = ParamValues.resolve(rules, problems,
        read.dataset().params().values(), cliParams);
    CheckResult.RuleSetInfo info =
        new CheckResult.RuleSetInfo(rules.id(), rules.title(), rules.version());
    if (!problems.isEmpty()) {
      return CheckResult.inputError(read.dataset().name(), info, asOf, problems);
    }
    return Evaluator.evaluate(rules, read.dataset(), params, asOf);
  }
}
