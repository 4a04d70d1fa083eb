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

/**
 * One dataset checked: read it, settle the parameters, evaluate. Any input problem (data or
 * parameters) gives a result that lists all of them and no findings.
 */
public final class Checker {
  private Checker() {}

  /**
   * @param display the dataset's path as reports show it ('/'-separated)
   * @param redact replace people's names by pseudonyms in everything the result says
   */
  public static CheckResult check(RuleSet rules, Path dataset, String display,
      List<ParamOverride> cliParams, LocalDate asOf, boolean redact) {
    DatasetReader.ReadResult read = DatasetReader.read(dataset);
    List<Problem> problems = new ArrayList<>(read.problems());
    Map<String, Object> params = ParamValues.resolve(rules, problems,
        read.dataset().params().values(), cliParams);
    DatasetSource source = new DatasetSource(display, root(dataset, display),
        read.dataset().name(), read.files());
    CheckResult result = problems.isEmpty()
        ? Evaluator.evaluate(rules, read.dataset(), params, asOf).withSource(source)
        : CheckResult.inputError(source, problems);
    return redact ? new Redactor(read.dataset()).redact(result) : result;
  }

  /** The folder record locations are relative to: the dataset folder, or a YAML file's folder. */
  private static String root(Path dataset, String display) {
    if (java.nio.file.Files.isDirectory(dataset)) {
      return display;
    }
    int slash = display.lastIndexOf('/');
    return slash < 0 ? "" : display.substring(0, slash);
  }
}
