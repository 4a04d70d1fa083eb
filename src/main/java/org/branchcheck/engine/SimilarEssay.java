package org.branchcheck.engine;

/**
 * Another member's essay that shares most of its text with one of this member's: who wrote it,
 * where (the dataset's path when it is another dataset of a district-wide run, else empty), and the similarity in whole percent (the Jaccard
 * index of their 5-character shingles, rounded down).
 */
public record SimilarEssay(String dataset, String member, String name, String org, String essay,
    String title, String kind, int percent) {}
