package org.branchcheck.generate;

import java.time.LocalDate;
import org.branchcheck.model.MemberStatus;
import org.branchcheck.model.Role;

/**
 * One generated member while their branch is being written: the roster columns, the kind of
 * record they were given (how they studied, what they wrote) and their attendance at each of the
 * branch's sessions. Mutable and short-lived: one branch's members at a time.
 */
final class SyntheticMember {
  /** How a member studied; the shortfalls are what a district check should find. */
  enum Profile {
    /** Attends, makes up any lesson missed. */
    NORMAL,
    /** Misses so much, or leaves early so often, that the total is under 40 hours. */
    SHORT,
    /** Shift work: leaves collective lessons early, studies alone instead; under 2/3 collective. */
    LOW_SHARE,
    /** One or two collective lessons missed and never made up. */
    UNMADE,
    /** A new member who never came (the enterprise did not organise their study). */
    IDLE
  }

  static final byte PRESENT = 1;
  static final byte LEAVE = 2;
  static final byte ABSENT = 3;
  static final byte HOME = 4;

  /** The member id (M0000001), as the bytes every attendance row repeats. */
  byte[] idBytes;
  String name;
  Role role = Role.MEMBER;
  /** The head of the member's unit (or of the district), a leading cadre in its first branch. */
  boolean unitHead;
  MemberStatus status = MemberStatus.ACTIVE;
  LocalDate joinedOn;
  LocalDate transferredInOn;
  boolean isNew;
  boolean canWrite = true;
  String exemptReason = "";
  Profile profile = Profile.NORMAL;

  boolean noEssay;
  boolean noNotes;
  boolean badReviewer;
  boolean unreviewed;
  boolean shortLeaderEssay;

  /** Per regular session: PRESENT, LEAVE, ABSENT or HOME; 0 for an exempt member (no rows). */
  byte[] attendance;
  /** Per regular session: hours credited, in halves, when not the session's own; else 0. */
  byte[] override;
  /** The regular sessions this member made up, in the order made up. */
  int[] madeUp = new int[0];
  int totalHalves;
  int collectiveHalves;
  boolean unmadeMiss;

  boolean exempt() {
    return !exemptReason.isEmpty();
  }
}
