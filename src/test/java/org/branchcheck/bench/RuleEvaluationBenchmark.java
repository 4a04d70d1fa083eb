package org.branchcheck.bench;

import dev.cel.runtime.CelEvaluationException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.branchcheck.rules.BenchAccess;
import org.branchcheck.rules.Param;
import org.branchcheck.rules.Rule;
import org.branchcheck.rules.RuleProgram;
import org.branchcheck.rules.RuleSet;
import org.branchcheck.rules.RuleSetCatalog;
import org.branchcheck.rules.Scope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Phase 1's member rules over synthetic members, by CEL's interpreter and by closures, the way the
 * evaluator runs them: {@code when}, then {@code check}, then the placeholders of the failure (or
 * pass) message. Run on demand by scripts/bench-rules.sh (not a test): JMH measures members per
 * second; {@link #main} turns the medians into expression evaluations per second and ratios.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RuleEvaluationBenchmark.MEMBERS)
public class RuleEvaluationBenchmark {
  static final int MEMBERS = 2000;

  /** One rule's programs, all of one implementation. */
  record Judge(RuleProgram when, RuleProgram check, List<RuleProgram> message,
      List<RuleProgram> pass) {}

  private List<Judge> closures;
  private List<Judge> interpreter;
  private List<Map<String, Object>> vars;

  @Setup
  public void setUp() throws Exception {
    RuleSet phase1 = RuleSetCatalog.load("xianjinxing-2005/phase1");
    closures = judges(phase1, UnaryOperator.identity());
    interpreter = judges(phase1, BenchAccess::interpreterOf);
    Map<String, Object> params = new LinkedHashMap<>();
    phase1.params().values().forEach((Param p) -> params.put(p.name(), p.defaultValue()));
    Map<String, Object> org = Map.of("id", "o0", "name", "第一支部", "kind", "branch");
    vars = new ArrayList<>();
    for (Map<String, Object> member : new SyntheticMembers(2005).members(MEMBERS)) {
      vars.add(Map.of("params", params, "as_of", "2005-08-31", "org", org, "member", member));
    }
  }

  private static List<Judge> judges(RuleSet rules, UnaryOperator<RuleProgram> implementation) {
    List<Judge> out = new ArrayList<>();
    for (Rule r : rules.rules()) {
      if (r.scope() == Scope.MEMBER) {
        out.add(new Judge(r.when().map(implementation).orElse(null),
            implementation.apply(r.check()),
            BenchAccess.placeholders(r.message()).stream().map(implementation).toList(),
            r.passMessage().map(BenchAccess::placeholders).orElse(List.of()).stream()
                .map(implementation).toList()));
      }
    }
    return out;
  }

  @Benchmark
  public long closures(Blackhole sink) throws CelEvaluationException {
    return judgeAll(closures, vars, sink);
  }

  @Benchmark
  public long interpreter(Blackhole sink) throws CelEvaluationException {
    return judgeAll(interpreter, vars, sink);
  }

  /** Judges every member by every rule; returns how many expressions were evaluated. */
  static long judgeAll(List<Judge> judges, List<Map<String, Object>> members, Blackhole sink)
      throws CelEvaluationException {
    long evaluations = 0;
    for (Map<String, Object> member : members) {
      for (Judge j : judges) {
        evaluations++;
        if (j.when() != null && !Boolean.TRUE.equals(j.when().eval(member))) {
          continue;
        }
        evaluations++;
        List<RuleProgram> message = Boolean.TRUE.equals(j.check().eval(member))
            ? j.pass() : j.message();
        for (RuleProgram placeholder : message) {
          evaluations++;
          Object value;
          try {
            value = placeholder.eval(member);
          } catch (CelEvaluationException e) {
            value = e;
          }
          if (sink != null) {
            sink.consume(value);
          }
        }
      }
    }
    return evaluations;
  }

  /**
   * Usage: RuleEvaluationBenchmark [ROUNDS] [ITERATIONS] [SECONDS] (default 3 rounds of 3 × 1 s).
   * Each round runs both benchmarks, one after the other, so that every ratio compares numbers
   * taken close together in time; the build machines are shared, and their load drifts.
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    RuleEvaluationBenchmark counted = new RuleEvaluationBenchmark();
    counted.setUp();
    long perRun = judgeAll(counted.closures, counted.vars, null);
    if (perRun != judgeAll(counted.interpreter, counted.vars, null)) {
      throw new IllegalStateException("the two implementations took different paths");
    }
    double perMember = (double) perRun / MEMBERS;
    List<Double> closuresRates = new ArrayList<>();
    List<Double> interpreterRates = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double closuresRate = run("closures", iterations, seconds) * perMember;
      double interpreterRate = run("interpreter", iterations, seconds) * perMember;
      closuresRates.add(closuresRate);
      interpreterRates.add(interpreterRate);
      ratios.add(closuresRate / interpreterRate);
    }
    System.out.printf("%nphase 1 member rules: %d rules, %.2f expressions evaluated per member%n",
        counted.closures.size(), perMember);
    for (int round = 0; round < rounds; round++) {
      System.out.printf("round %d: closures %,.0f, interpreter %,.0f evaluations/s: %.1f×%n",
          round + 1, closuresRates.get(round), interpreterRates.get(round), ratios.get(round));
    }
    System.out.printf("median: closures %,.0f, interpreter %,.0f evaluations/s; ratio %.1f×%n",
        median(closuresRates), median(interpreterRates), median(ratios));
    cpuTime(counted, perRun, rounds, seconds);
  }

  /**
   * The same comparison in evaluations per second of this thread's CPU time, in this process:
   * on a shared machine the wall clock also counts the time other processes took the core.
   */
  private static void cpuTime(RuleEvaluationBenchmark b, long perRun, int rounds, int seconds)
      throws CelEvaluationException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> closuresRates = new ArrayList<>();
    List<Double> interpreterRates = new ArrayList<>();
    for (int round = -2; round < rounds; round++) {  // two rounds of warm-up
      for (List<Judge> judges : List.of(b.closures, b.interpreter)) {
        long start = threads.getCurrentThreadCpuTime();
        long runs = 0;
        while (threads.getCurrentThreadCpuTime() - start < seconds * 1_000_000_000L) {
          judgeAll(judges, b.vars, null);
          runs++;
        }
        double rate = runs * perRun / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
        if (round >= 0) {
          (judges == b.closures ? closuresRates : interpreterRates).add(rate);
        }
      }
    }
    System.out.printf("per CPU-second, median of %d: closures %,.0f, interpreter %,.0f"
        + " evaluations/s; ratio %.1f×%n", rounds, median(closuresRates),
        median(interpreterRates), median(closuresRates) / median(interpreterRates));
  }

  /** One JMH run of one benchmark: the median of its iterations, in members per second. */
  private static double run(String benchmark, int iterations, int seconds) throws Exception {
    Options options = new OptionsBuilder()
        .include(RuleEvaluationBenchmark.class.getName() + "\\." + benchmark + "$")
        .forks(1).jvmArgsAppend("-Xmx1g")
        .warmupIterations(2).warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
        .build();
    List<Double> scores = new ArrayList<>();
    for (RunResult r : new Runner(options).run()) {
      r.getBenchmarkResults().forEach(b -> {
        for (IterationResult i : b.getIterationResults()) {
          scores.add(i.getPrimaryResult().getScore());
        }
      });
    }
    return median(scores);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
