package org.branchcheck.model;

/**
 * One input file as read: its name relative to the dataset, the encoding it was decoded with, its
 * size and the SHA-256 of its bytes (lower-case hex), so a report proves which file it judged.
 */
public record InputFile(String name, String encoding, long bytes, String sha256) {}
