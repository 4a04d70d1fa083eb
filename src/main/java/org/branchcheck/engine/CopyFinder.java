package org.branchcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchcheck.io.EssayFiles;
import org.branchcheck.io.EssayFingerprint;
import org.branchcheck.io.Values;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Essay;
import org.branchcheck.model.Member;

/**
 * Finds essays by different members that share most of their text, across every essay of a run,
 * without comparing all pairs: locality-sensitive hashing over the MinHash signatures. Each
 * signature is cut into bands of r bins; two essays become candidates when a whole band agrees,
 * which happens with probability 1 − (1 − J^r)^b for Jaccard index J. r is the largest that still
 * finds 99% of the pairs at the threshold. A candidate whose signatures agree well enough is
 * confirmed by reading both texts again and computing the exact Jaccard index, so the similarity
 * a report names is exact, not an estimate. Only essays of the same kind are compared.
 */
public final class CopyFinder {
  /** One essay of the run and where it comes from. */
  public record Entry(String dataset, Essay essay, String memberName, String org) {}

  /** Candidates whose signatures agree this much below the threshold are still confirmed. */
  private static final double ESTIMATE_MARGIN = 0.15;

  private CopyFinder() {}

  public static EssayMatches find(List<Entry> all, int minPercent) {
    List<Entry> entries = all.stream().filter(e -> comparable(e.essay())).toList();
    double t = minPercent / 100.0;
    int rows = rows(t);
    Set<Long> candidates = new HashSet<>();
    for (int band = 0; band + rows <= EssayFingerprint.BINS; band += rows) {
      // A hash of the band stands for the band: a collision only adds a candidate to confirm.
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        int[] sig = entries.get(i).essay().content().signature();
        long key = band;
        for (int k = band; k < band + rows; k++) {
          key = key * 0x9E3779B97F4A7C15L + sig[k];
        }
        buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int a = 0; a < bucket.size(); a++) {
          for (int b = a + 1; b < bucket.size(); b++) {
            if (comparable(entries.get(bucket.get(a)), entries.get(bucket.get(b)))) {
              candidates.add((long) bucket.get(a) << 32 | bucket.get(b));
            }
          }
        }
      }
    }
    Map<Essay, List<SimilarEssay>> found = new IdentityHashMap<>();
    Map<Integer, long[]> shingles = new HashMap<>();
    long[] pairs = candidates.stream().mapToLong(Long::longValue).sorted().toArray();
    for (long pair : pairs) {
      Entry a = entries.get((int) (pair >>> 32));
      Entry b = entries.get((int) pair);
      double estimate = EssayFingerprint.estimate(a.essay().content().signature(),
          b.essay().content().signature());
      if (estimate < t - ESTIMATE_MARGIN) {
        continue;
      }
      double exact = exact(shingles, (int) (pair >>> 32), a, estimate, (int) pair, b);
      int percent = (int) Math.floor(exact * 100 + 1e-9);
      if (percent >= minPercent) {
        found.computeIfAbsent(a.essay(), x -> new ArrayList<>()).add(similar(b, a, percent));
        found.computeIfAbsent(b.essay(), x -> new ArrayList<>()).add(similar(a, b, percent));
      }
    }
    found.values().forEach(list -> list.sort(Comparator.comparingInt(SimilarEssay::percent)
        .reversed().thenComparing(SimilarEssay::dataset).thenComparing(SimilarEssay::member)
        .thenComparing(SimilarEssay::essay).thenComparing(SimilarEssay::title)));
    return new EssayMatches(found);
  }

  /** The essays of one dataset compared with each other only, at its own threshold. */
  public static EssayMatches within(String dataset, Dataset data, Map<String, Object> params,
      boolean redact) {
    return find(entries(dataset, data, redact), EssaySettings.of(params).copyPercent());
  }

  /**
   * The essays of one dataset, named as its findings would name them: by the member's pseudonym
   * when the report is redacted, since another dataset's findings will quote the name.
   */
  public static List<Entry> entries(String dataset, Dataset data, boolean redact) {
    // Only essays whose text was read can be compared: a district of a million members declares
    // the others, and neither they nor the members need to be held for the search.
    List<Essay> compared = data.essays().stream().filter(CopyFinder::comparable).toList();
    if (compared.isEmpty()) {
      return List.of();
    }
    Map<String, Member> members = new HashMap<>();
    java.util.Set<String> writers = new java.util.HashSet<>();
    compared.forEach(e -> writers.add(e.member()));
    data.members().stream().filter(m -> writers.contains(m.id()))
        .forEach(m -> members.putIfAbsent(m.id(), m));
    List<Entry> out = new ArrayList<>();
    for (Essay e : compared) {
      Member m = members.get(e.member());
      String name = redact ? Redactor.memberPseudonym(e.member()) : m == null ? "" : m.name();
      out.add(new Entry(dataset, e, name, m == null ? "" : m.org()));
    }
    return out;
  }

  private static boolean comparable(Essay e) {
    return e.content() != null && e.content().signature().length == EssayFingerprint.BINS;
  }

  /** The largest band width r (b = 128 / r bands) that finds 99% of pairs at similarity t. */
  static int rows(double t) {
    for (int r = 8; r > 1; r--) {
      int bands = EssayFingerprint.BINS / r;
      if (1 - Math.pow(1 - Math.pow(t, r), bands) >= 0.99) {
        return r;
      }
    }
    return 1;
  }

  private static boolean comparable(Entry a, Entry b) {
    boolean sameMember = a.dataset().equals(b.dataset())
        && a.essay().member().equals(b.essay().member());
    return !sameMember && a.essay().kind() == b.essay().kind();
  }

  private static double exact(Map<Integer, long[]> cache, int i, Entry a, double estimate, int j,
      Entry b) {
    long[] sa = shingles(cache, i, a);
    long[] sb = shingles(cache, j, b);
    return sa == null || sb == null ? estimate : EssayFingerprint.jaccard(sa, sb);
  }

  private static long[] shingles(Map<Integer, long[]> cache, int i, Entry e) {
    if (!cache.containsKey(i)) {
      long[] s;
      try {
        s = EssayFingerprint.shingles(EssayFiles.reread(e.essay().content()).body());
      } catch (Values.BadValue ex) {
        s = null; // changed or gone since it was read: the estimate stands
      }
      cache.put(i, s);
    }
    return cache.get(i);
  }

  /** {@code e} as {@code seenFrom}'s findings name it: the dataset only when it is another. */
  private static SimilarEssay similar(Entry e, Entry seenFrom, int percent) {
    Essay x = e.essay();
    String dataset = e.dataset().equals(seenFrom.dataset()) ? "" : e.dataset();
    return new SimilarEssay(dataset, x.member(), e.memberName(), e.org(), x.id(), x.title(),
        x.kind().code(), percent);
  }
}
