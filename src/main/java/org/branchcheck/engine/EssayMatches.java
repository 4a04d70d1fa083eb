package org.branchcheck.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.branchcheck.model.Essay;

/** The essays of a run that resemble each other: for each essay record, the others like it. */
public final class EssayMatches {
  public static final EssayMatches NONE = new EssayMatches(new IdentityHashMap<>());

  private final Map<Essay, List<SimilarEssay>> byEssay;

  EssayMatches(Map<Essay, List<SimilarEssay>> byEssay) {
    this.byEssay = byEssay;
  }

  /** Those at or above {@code percent}, most similar first. */
  public List<SimilarEssay> of(Essay essay, int percent) {
    return byEssay.getOrDefault(essay, List.of()).stream()
        .filter(s -> s.percent() >= percent).toList();
  }

  public int pairs() {
    return byEssay.values().stream().mapToInt(List::size).sum() / 2;
  }
}
