package org.branchcheck.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchcheck.engine.BatchChecker;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.FindingList;
import org.branchcheck.engine.ReadMode;
import org.branchcheck.engine.ReportOptions;
import org.branchcheck.engine.RunResult;
import org.branchcheck.rules.RuleCache;
import org.branchcheck.rules.Severity;

/**
 * What a dataset's findings cost held compactly, run on demand (not a test): checks one dataset
 * as {@code check --as-of 2005-08-31 [--failures-only]} does and prints how many findings the
 * result holds and the bytes its {@link FindingList} keeps for them.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat target/bench.cp)
 * org.branchcheck.bench.FindingFootprint DATASET [all]} (the classpath as scripts/bench-rules.sh
 * builds it); {@code all} keeps passes too, as without {@code --failures-only}.
 */
public final class FindingFootprint {
  private FindingFootprint() {}

  public static void main(String[] args) {
    boolean all = args.length > 1 && args[1].equals("all");
    RunResult run = BatchChecker.run(new BatchChecker.Request("xianjinxing-2005/phase1",
        List.of(Path.of(args[0])), Map.of(), LocalDate.of(2005, 8, 31),
        new ReportOptions(Severity.ERROR, !all, false), 1, RuleCache.NONE, ReadMode.ALWAYS),
        BatchChecker.Progress.NONE);
    for (CheckResult r : run.datasets()) {
      FindingList findings = r.findings();
      System.out.printf("%s: %d findings, %d bytes compact, %.1f bytes per finding%n",
          r.source().path(), findings.size(), findings.compactBytes(),
          findings.compactBytes() / (double) Math.max(1, findings.size()));
    }
  }
}
