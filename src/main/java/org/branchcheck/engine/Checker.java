package org.branchcheck.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.io.StreamingDatasetReader;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.Problem;
import org.branchcheck.rules.ParamValues;
import org.branchcheck.rules.RuleSet;

/**
 * One dataset checked: read it, settle the parameters, evaluate. Any input problem (data or
 * parameters) gives a result that lists all of them and no findings. Reading and evaluating are
 * two steps so that a run can compare the essays of all its datasets in between.
 */
public final class Checker {
  private Checker() {}

  /** A dataset read and its parameters settled; {@code problems} empty when it can be judged. */
  public record Prepared(DatasetSource source, Dataset dataset, Map<String, Object> params,
      List<Problem> problems, StudyTally study) {
    public Prepared(DatasetSource source, Dataset dataset, Map<String, Object> params,
        List<Problem> problems) {
      this(source, dataset, params, problems, null);
    }

    public boolean usable() {
      return problems.isEmpty();
    }
  }

  /**
   * @param display the dataset's path as reports show it ('/'-separated)
   * @param redact replace people's names by pseudonyms in everything the result says
   */
  public static CheckResult check(RuleSet rules, Path dataset, String display,
      List<ParamOverride> cliParams, LocalDate asOf, boolean redact) {
    Prepared p = read(rules, dataset, display, cliParams, asOf, ReadMode.NEVER);
    EssayMatches matches = p.usable()
        ? CopyFinder.within(display, p.dataset(), p.params(), redact) : EssayMatches.NONE;
    return evaluate(rules, p, asOf, redact, matches, true);
  }

  /**
   * Reads the dataset, streamed when {@code mode} says so for it; a record of something done
   * dated after {@code asOf} is a problem.
   */
  public static Prepared read(RuleSet rules, Path dataset, String display,
      List<ParamOverride> cliParams, LocalDate asOf, ReadMode mode) {
    StudyTally[] study = new StudyTally[1];
    DatasetReader.ReadResult read = mode.streams(dataset)
        ? StreamingDatasetReader.read(dataset, asOf, d -> () -> {
          // Called again when the table has to be read again from the start.
          study[0] = StudyTally.empty(d);
          return study[0];
        })
        : DatasetReader.read(dataset, asOf);
    if (study[0] != null) {
      study[0].finish();
    }
    List<Problem> problems = new ArrayList<>(read.problems());
    Map<String, Object> params = ParamValues.resolve(rules, problems,
        read.dataset().params().values(), cliParams);
    DatasetSource source = new DatasetSource(display, root(dataset, display),
        read.dataset().name(), read.files());
    return new Prepared(source, read.dataset(), params, List.copyOf(problems), study[0]);
  }

  /** @param keepPasses false to count passes and not-applicable findings without keeping them */
  public static CheckResult evaluate(RuleSet rules, Prepared p, LocalDate asOf, boolean redact,
      EssayMatches matches, boolean keepPasses) {
    CheckResult result = p.usable()
        ? Evaluator.evaluate(rules, p.dataset(), p.params(), asOf, matches,
            p.study() != null ? p.study() : StudyTally.of(p.dataset()), keepPasses)
            .withSource(p.source())
        : CheckResult.inputError(p.source(), p.problems());
    return redact ? new Redactor(p.dataset()).redact(result) : result;
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
