package org.branchcheck.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.branchcheck.io.WordCount;
import org.branchcheck.model.Essay;
import org.branchcheck.model.EssayContent;
import org.branchcheck.model.Member;

/**
 * An essay's facts ({@code branchcheck.Essay}). {@code chars} is what the rules judge: the count
 * of the essay's own text in the rule set's mode when the checker read it, else the declared count.
 */
final class EssayFacts {
  private final EssaySettings settings;
  private final EssayMatches matches;

  EssayFacts(EssaySettings settings, EssayMatches matches) {
    this.settings = settings;
    this.matches = matches;
  }

  Map<String, Object> facts(Essay e) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", e.id());
    x.put("kind", e.kind().code());
    x.put("title", e.title());
    x.put("date", Facts.date(e.date()));
    long declared = e.chars() == null ? 0L : e.chars();
    x.put("chars", e.content() == null ? declared : counted(e.content()));
    x.put("declared_chars", declared);
    x.put("counted", e.content() != null);
    x.put("count_mode", settings.mode().label());
    x.put("count_gap", gap(e));
    x.put("file", e.file());
    x.put("similar", matches.of(e, settings.copyPercent()).stream().map(EssayFacts::similar)
        .toList());
    x.put("reviewed_by", e.reviewedBy());
    x.put("reviewed_on", Facts.date(e.reviewedOn()));
    x.put("extra", e.extra());
    return x;
  }

  /** The essay's line in the report; only for essays whose text was counted. */
  EssayCount report(Essay e, Member m) {
    return new EssayCount(e.member(), m == null ? "" : m.name(), m == null ? "" : m.org(),
        e.id(), e.title(), e.kind().code(), e.file(), e.content().format(), e.chars(),
        counted(e.content()), settings.mode().label(), matches.of(e, settings.copyPercent()),
        e.at());
  }

  private long counted(EssayContent c) {
    long body = WordCount.of(c.body(), settings.mode());
    return settings.countNotes() ? body + WordCount.of(c.notes(), settings.mode()) : body;
  }

  /** How far the declared count is from the recount, in percent of the recount, one decimal. */
  private double gap(Essay e) {
    if (e.content() == null || e.chars() == null || e.chars() == 0) {
      return 0.0;
    }
    long counted = counted(e.content());
    if (counted == 0) {
      return 100.0;
    }
    return BigDecimal.valueOf(Math.abs(e.chars() - counted) * 100L)
        .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP).doubleValue();
  }

  private static Map<String, Object> similar(SimilarEssay s) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("member", s.member());
    x.put("name", s.name());
    x.put("org", s.org());
    x.put("dataset", s.dataset());
    x.put("essay", s.essay());
    x.put("title", s.title());
    x.put("kind", s.kind());
    x.put("similarity", (long) s.percent());
    return x;
  }
}
