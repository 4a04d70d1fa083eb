package org.branchcheck.generate;

import java.util.SplittableRandom;

/**
 * The organisation-rule lapses planted in one enterprise unit. Each is rare (one to eight units in
 * a hundred), so most units pass most organisation rules and a district report shows a realistic
 * few percent failing each one, as a real audit would.
 */
record UnitFlaws(
    boolean latePlan,
    boolean planReviewedByOther,
    boolean itemWithoutResponsible,
    boolean noMobilisation,
    boolean mobilisationByDeputy,
    boolean noLookBack,
    boolean lookBackWithoutMasses,
    boolean noOwnTopic,
    boolean noTemporaryUnit,
    boolean temporaryUnitWithoutLeader,
    boolean newMembersIdle) {

  static final UnitFlaws NONE =
      new UnitFlaws(false, false, false, false, false, false, false, false, false, false, false);

  /**
   * Draws the lapses of a unit with {@code newMembers} new members; every draw is made whatever
   * the outcome, so one unit's lapses never shift the random stream of the next.
   */
  static UnitFlaws draw(SplittableRandom random, int newMembers, int threshold) {
    boolean late = chance(random, 20);
    boolean otherReviewer = chance(random, 10);
    boolean item = chance(random, 15);
    boolean noMobilisation = chance(random, 7);
    boolean deputy = chance(random, 10);
    boolean noLookBack = chance(random, 10);
    boolean withoutMasses = chance(random, 10);
    boolean noOwnTopic = chance(random, 10);
    boolean noTemporary = chance(random, 80);
    boolean noLeader = chance(random, 50);
    boolean idle = chance(random, 60);
    boolean many = newMembers >= threshold;
    return new UnitFlaws(late, otherReviewer, item, noMobilisation, deputy && !noMobilisation,
        noLookBack, withoutMasses && !noLookBack, noOwnTopic, many && noTemporary,
        many && !noTemporary && noLeader, newMembers > 0 && !many && idle);
  }

  /** True with probability {@code perMille} in a thousand. */
  private static boolean chance(SplittableRandom random, int perMille) {
    return random.nextInt(1000) < perMille;
  }
}
