package org.branchcheck.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.branchcheck.io.DatasetFinder;
import org.branchcheck.model.Dataset.ParamOverride;
import org.branchcheck.model.Problem;
import org.branchcheck.model.SourceLocation;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.RuleSetException;

/**
 * A whole run: load the rule set once, find every dataset under the given paths, check them in
 * parallel and collect the results in path order, so the output is the same bytes whatever the
 * thread count. A dataset that cannot be read is reported as such and does not stop the others.
 */
public final class BatchChecker {

  /** What to check and how. {@code params} are command-line overrides, in the order given. */
  public record Request(String rules, List<Path> paths, Map<String, String> params,
      LocalDate asOf, ReportOptions options, int threads) {}

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
      loaded = RuleSetCatalog.load(request.rules());
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
    CheckResult[] results = new CheckResult[found.datasets().size()];
    int threads = Math.max(1, Math.min(request.threads(), results.length));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "branchcheck-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<CheckResult>> futures = new ArrayList<>();
      for (DatasetFinder.Found f : found.datasets()) {
        futures.add(pool.submit(() -> {
          CheckResult r = checkOne(rules, f, overrides, request);
          progress.finished(f.display());
          return r;
        }));
      }
      for (int i = 0; i < results.length; i++) {
        results[i] = futures.get(i).get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new RunResult(RuleSetInfo.of(rules), request.asOf(), request.params(),
        request.options(), List.copyOf(Arrays.asList(results)), found.problems());
  }

  private static CheckResult checkOne(RuleSet rules, DatasetFinder.Found f,
      List<ParamOverride> overrides, Request request) {
    try {
      return Checker.check(rules, f.path(), f.display(), overrides, request.asOf(),
          request.options().redacted());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug should not cost the district the other submissions' results.
      return CheckResult.inputError(new DatasetSource(f.display(), "", f.display(),
          List.of()), List.of(new Problem(SourceLocation.ofFile(""),
              "internal error while checking this dataset (please report it): " + e)));
    }
  }
}
