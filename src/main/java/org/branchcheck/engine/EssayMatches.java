package org.branchcheck.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Essay;

/** The essays of a run that resemble each other: for each essay record, the others like it. */
public final class EssayMatches {
  public static final EssayMatches NONE = new EssayMatches(new IdentityHashMap<>(), 100);

  private final Map<Essay, List<SimilarEssay>> byEssay;
  private final int minPercent;

  EssayMatches(Map<Essay, List<SimilarEssay>> byEssay, int minPercent) {
    this.byEssay = byEssay;
    this.minPercent = minPercent;
  }

  /** Those at or above {@code percent}, most similar first. */
  public List<SimilarEssay> of(Essay essay, int percent) {
    return byEssay.getOrDefault(essay, List.of()).stream()
        .filter(s -> s.percent() >= percent).toList();
  }

  /** The lowest similarity this search looked for; lower thresholds would miss pairs. */
  public int minPercent() {
    return minPercent;
  }

  public int pairs() {
    return byEssay.values().stream().mapToInt(List::size).sum() / 2;
  }
}
