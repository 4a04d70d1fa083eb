package org.branchcheck.generate;

/**
 * What to generate: the seed (same seed and sizes give the same bytes), the number of members in
 * the whole district, and the number of study sessions each branch holds in the phase.
 */
public record GeneratorOptions(long seed, int members, int sessionsPerBranch) {
  public static final long DEFAULT_SEED = 2005;
  public static final int DEFAULT_MEMBERS = 1000;
  public static final int DEFAULT_SESSIONS = 20;
  /** Session ids carry a branch's session number in at most three digits. */
  public static final int MAX_SESSIONS = 999;

  public GeneratorOptions {
    if (members < 1) {
      throw new IllegalArgumentException("members must be at least 1");
    }
    if (sessionsPerBranch < 1 || sessionsPerBranch > MAX_SESSIONS) {
      throw new IllegalArgumentException("sessions must be between 1 and " + MAX_SESSIONS);
    }
  }
}
