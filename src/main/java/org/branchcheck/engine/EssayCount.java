package org.branchcheck.engine;

import java.util.List;
import org.branchcheck.model.SourceLocation;

/**
 * One essay whose text the checker counted itself, as the report lists it: the member, the
 * essay, the count in the rule set's mode next to the declared one (null when none was given),
 * and the other members' essays it resembles.
 */
public record EssayCount(String member, String name, String org, String essay, String title,
    String kind, String file, String format, Integer declared, long counted, String mode,
    List<SimilarEssay> similar, SourceLocation at) {}
