package org.branchcheck.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.branchcheck.io.DatasetFinder;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.Lang;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.RuleCache;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;

/**
 * A whole run: load the rule set once, find every dataset under the given paths, check them in
 * parallel and collect the results in path order, so the output is the same bytes whatever the
 * thread count. A dataset that cannot be read is reported as such and does not stop the others.
 */
public final class BatchChecker {

  /**
   * What to check and how. {@code params} are command-line overrides, in the order given;
   * {@code ruleCache} may spare compiling the rule set again.
   */
  public record Request(String rules, List<Path> paths, Map<String, String> params,
      LocalDate asOf, ReportOptions options, int threads, RuleCache ruleCache, ReadMode read) {
    public Request(String rules, List<Path> paths, Map<String, String> params, LocalDate asOf,
        ReportOptions options, int threads) {
      this(rules, paths, params, asOf, options, threads, RuleCache.NONE, ReadMode.AUTO);
    }
  }

  /** Told of progress, from the checking threads; must be thread-safe. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(int datasets) {}

    default void finished(String dataset) {}
  }

  private BatchChecker() {}

  public static RunResult run(Request request, Progress progress) {
    RuleSet loaded;
    try {
      loaded = RuleSetCatalog.load(request.rules(), request.ruleCache());
    } catch (RuleSetException e) {
      return new RunResult(RuleSetInfo.unloaded(request.rules()), request.asOf(),
          request.params(), request.options(), List.of(), e.problems());
    }
    if (!loaded.inForceOn(request.asOf())) {
      return new RunResult(RuleSetInfo.of(loaded), request.asOf(), request.params(),
          request.options(), List.of(), List.of(new Problem(SourceLocation.ofFile(loaded.file()),
              "rule set " + loaded.id() + " is " + loaded.periodText() + "; the as-of date "
                  + request.asOf() + " lies outside it (choose the day to judge with --as-of)")));
    }
    RuleSet rules = loaded.forDay(request.asOf());
    List<ParamOverride> overrides = new ArrayList<>();
    request.params().forEach((k, v) -> overrides.add(
        new ParamOverride(k, v, SourceLocation.ofFile("--param " + k))));
    DatasetFinder.Result found = DatasetFinder.find(request.paths());
    progress.started(found.datasets().size());
    List<DatasetFinder.Found> datasets = found.datasets();
    int threads = Math.max(1, Math.min(request.threads(), datasets.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "branchcheck-check");
      t.setDaemon(true);
      return t;
    });
    boolean redact = request.options().redacted();
    try {
      List<Checker.Prepared> prepared = all(pool, datasets.stream()
          .map(f -> (Callable<Checker.Prepared>) () -> readOne(rules, f, overrides,
              request.asOf(), request.read(), request.options().lang()))
          .toList());
      EssayMatches matches = compareEssays(prepared, redact);
      List<CheckResult> results = all(pool, java.util.stream.IntStream.range(0, datasets.size())
          .mapToObj(i -> (Callable<CheckResult>) () -> {
            CheckResult r = evaluateOne(rules, datasets.get(i), prepared.get(i), request,
                matches);
            progress.finished(datasets.get(i).display());
            return r;
          }).toList());
      return new RunResult(RuleSetInfo.of(rules), request.asOf(), request.params(),
          request.options(), results, in(found.problems(), request.options().lang()));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the tasks on the pool and returns their results in the tasks' order. */
  private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
    try {
      List<Future<T>> futures = new ArrayList<>();
      tasks.forEach(t -> futures.add(pool.submit(t)));
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Every essay of every readable dataset compared at once: copies cross branch boundaries. */
  private static EssayMatches compareEssays(List<Checker.Prepared> prepared, boolean redact) {
    List<CopyFinder.Entry> entries = new ArrayList<>();
    int minPercent = 100;
    for (Checker.Prepared p : prepared) {
      if (p.usable()) {
        entries.addAll(CopyFinder.entries(p.source().path(), p.dataset(), redact));
        minPercent = Math.min(minPercent, EssaySettings.of(p.params()).copyPercent());
      }
    }
    return CopyFinder.find(entries, minPercent);
  }

  /** When reading fails unexpectedly: no dataset, and the error as its problem. */
  private static Checker.Prepared readOne(RuleSet rules, DatasetFinder.Found f,
      List<ParamOverride> overrides, LocalDate asOf, ReadMode mode, Lang lang) {
    try {
      Checker.Prepared p = Checker.read(rules, f.path(), f.display(), overrides, asOf, mode);
      // Told in the chosen language now, before names are redacted from the texts.
      return new Checker.Prepared(p.source(), p.dataset(), p.params(), in(p.problems(), lang),
          p.study());
    } catch (RuntimeException | StackOverflowError e) {
      return new Checker.Prepared(source(f), null, Map.of(), List.of(internal(e)));
    }
  }

  private static CheckResult evaluateOne(RuleSet rules, DatasetFinder.Found f,
      Checker.Prepared p, Request request, EssayMatches matches) {
    try {
      if (p.dataset() == null) {
        return CheckResult.inputError(p.source(), p.problems());
      }
      return Checker.evaluate(rules, p, request.asOf(), request.options().redacted(), matches,
          !request.options().failuresOnly());
    } catch (RuntimeException | StackOverflowError e) {
      return CheckResult.inputError(source(f), List.of(internal(e)));
    }
  }

  private static DatasetSource source(DatasetFinder.Found f) {
    return new DatasetSource(f.display(), "", f.display(), List.of());
  }

  private static List<Problem> in(List<Problem> problems, Lang lang) {
    return lang == Lang.EN ? problems : problems.stream().map(p -> p.in(lang)).toList();
  }

  // A bug should not cost the district the other submissions' results.
  private static Problem internal(Throwable e) {
    return new Problem(SourceLocation.ofFile(""),
        "internal error while checking this dataset (please report it): " + e);
  }
}
