package org.branchcheck.engine;

import java.util.Map;
import org.branchcheck.io.WordCount;

/**
 * How essays are counted and compared, from the rule set's parameters where it declares them:
 * {@code count_mode} (default Word's 字数), {@code count_notes} (add footnotes, endnotes and text
 * boxes, as Word's dialog offers; default no) and {@code copy_similarity} (whole percent at which
 * two members' essays count as copies; default 50).
 */
public record EssaySettings(WordCount.Mode mode, boolean countNotes, int copyPercent) {
  public static final int DEFAULT_COPY_PERCENT = 50;

  public static EssaySettings of(Map<String, Object> params) {
    WordCount.Mode parsed = params.get("count_mode") instanceof String s
        ? WordCount.Mode.parse(s) : null;
    WordCount.Mode mode = parsed == null ? WordCount.Mode.WORD : parsed;
    boolean notes = Boolean.TRUE.equals(params.get("count_notes"));
    int copy = params.get("copy_similarity") instanceof Number n
        ? (int) Math.max(1, Math.min(100, n.longValue())) : DEFAULT_COPY_PERCENT;
    return new EssaySettings(mode, notes, copy);
  }
}
