package org.branchcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.branchcheck.engine.CopyFinder;
import org.branchcheck.engine.EssayMatches;
import org.branchcheck.io.EssayFiles;
import org.branchcheck.io.EssayFingerprint;
import org.branchcheck.model.Essay;
import org.branchcheck.model.EssayKind;
import org.branchcheck.model.SourceLocation;

/**
 * Essay throughput at district scale, run on demand by scripts/bench-essays.sh (not a test):
 * counting and fingerprinting, the copy search over N essays against comparing every pair on a
 * subset, and reading a .docx. Essays are made of sentences drawn from a shared pool, so that
 * essays on the same topic share set phrases as real ones do; 1% are light edits of another.
 * Prints medians of {@code runs} runs.
 */
public final class EssayBenchmark {
  private EssayBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Random random = new Random(2005);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      pool.add(sentence(random));
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(i % 100 == 99 ? edited(texts.get(i - 50), random) : essay(pool, random));
    }
    System.out.printf("essays: %d, %d characters on average%n", n,
        texts.stream().mapToInt(String::length).sum() / n);

    List<CopyFinder.Entry> entries = new ArrayList<>();
    double count = median(runs, () -> {
      entries.clear();
      for (int i = 0; i < n; i++) {
        entries.add(entry(i, texts.get(i)));
      }
    });
    System.out.printf("count + fingerprint: %.2f s (%.0f essays/s)%n", count, n / count);

    EssayMatches[] found = new EssayMatches[1];
    double search = median(runs, () -> found[0] = CopyFinder.find(entries, 50));
    System.out.printf("copy search (MinHash + banding), %d essays: %.2f s, %d pairs found%n", n,
        search, found[0].pairs());

    int subset = Math.min(n, 2_000);
    long[][] shingles = new long[subset][];
    for (int i = 0; i < subset; i++) {
      shingles[i] = EssayFingerprint.shingles(texts.get(i));
    }
    int[] pairs = new int[1];
    double allPairs = median(1, () -> {
      pairs[0] = 0;
      for (int i = 0; i < subset; i++) {
        for (int j = i + 1; j < subset; j++) {
          if (EssayFingerprint.jaccard(shingles[i], shingles[j]) >= 0.5) {
            pairs[0]++;
          }
        }
      }
    });
    double banded = median(runs, () -> CopyFinder.find(entries.subList(0, subset), 50));
    System.out.printf("%d essays: every pair compared %.2f s (%d pairs), banding %.3f s:"
        + " %.0f× faster; every pair of %d would take about %.0f s%n", subset, allPairs,
        pairs[0], banded, allPairs / banded, n, allPairs * ((double) n * n) / subset / subset);

    Path docx = Path.of("examples/essay-files/文章/陈刚-心得体会.docx");
    if (Files.exists(docx)) {
      EssayFiles files = EssayFiles.in(docx.getParent());
      int reads = 200;
      double docxTime = median(runs, () -> {
        for (int i = 0; i < reads; i++) {
          try {
            files.read(docx.getFileName().toString());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      });
      System.out.printf(".docx of 3049 字 read and counted: %.1f ms each%n",
          docxTime * 1000 / reads);
    }
  }

  private static CopyFinder.Entry entry(int i, String text) {
    Essay e = new Essay("E" + i, "M" + i, EssayKind.ESSAY, "心得" + i, null, null, "",
        EssayFiles.inline(text), "", null, Map.of(), new SourceLocation("essays.csv", i + 2, 0));
    return new CopyFinder.Entry("d" + i / 100, e, "党员" + i, "B" + i / 100);
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int length = 15 + random.nextInt(25);
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(0x4E00 + random.nextInt(2500));
    }
    return s.append('。').toString();
  }

  private static String essay(List<String> pool, Random random) {
    StringBuilder s = new StringBuilder();
    while (s.length() < 1500) {
      s.append(pool.get(random.nextInt(pool.size())));
    }
    return s.toString();
  }

  private static String edited(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i += 25) {
      s.setCharAt(i, (char) (0x4E00 + random.nextInt(2500)));
    }
    return s.toString();
  }

  private static double median(int runs, Runnable task) {
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      task.run();
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }
}
