package org.branchcheck.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.branchcheck.model.MemberStatus;
import org.branchcheck.model.Role;

/**
 * A branch's members: the secretary first, then (in a unit's first branch) the unit's head, a
 * leading cadre; then the others, about one in eleven retired and one in twenty-five mobile, a few
 * exempt with a reason, a few retired ones unable to write, the new members last (a temporary unit
 * holds new members only). Each member is also given how they studied and what they will fail.
 */
final class Roster {
  private static final LocalDate NEW_SINCE = LocalDate.of(2004, 1, 5);
  private static final LocalDate NEW_UNTIL = LocalDate.of(2005, 6, 30);

  private Roster() {}

  /**
   * @param head the unit head's name when the head is this branch's second member, else null
   * @param firstNumber the number of the branch's first member (ids: M and the padded number)
   */
  static List<SyntheticMember> of(DistrictLayout.Branch branch, String head, boolean idleNewMembers,
      long firstNumber, int idWidth, SplittableRandom random) {
    List<SyntheticMember> out = new ArrayList<>(branch.size());
    for (int k = 0; k < branch.size(); k++) {
      SyntheticMember m = new SyntheticMember();
      byte[] id = new byte[1 + Math.max(idWidth, Long.toString(firstNumber + k).length())];
      id[0] = 'M';
      CsvSink.padded(firstNumber + k, idWidth, id, 1);
      m.idBytes = id;
      m.name = ChineseNames.person(random);
      m.isNew = branch.temporary() || k >= branch.size() - branch.newMembers();
      boolean officer = !branch.temporary() && (k == 0 || k == 1 && head != null);
      if (!branch.temporary() && k == 0) {
        m.role = Role.SECRETARY;
      } else if (officer) {
        m.role = Role.LEADER;
        m.name = head;
        m.unitHead = true;
      } else if (!m.isNew && chance(random, 40)) {
        m.role = Role.LEADER;
      }
      if (!officer && !m.isNew) {
        int roll = random.nextInt(1000);
        m.status = roll < 90 ? MemberStatus.RETIRED : roll < 130 ? MemberStatus.MOBILE
            : MemberStatus.ACTIVE;
        if (chance(random, 25)) {
          m.exemptReason = exemptReason(m.status, random);
        }
        m.canWrite = m.status != MemberStatus.RETIRED || !chance(random, 150);
      }
      dates(m, random);
      m.profile = profile(m, officer, idleNewMembers, random);
      m.noEssay = chance(random, 15);
      m.noNotes = chance(random, 10);
      m.badReviewer = chance(random, 15);
      m.unreviewed = chance(random, 5);
      m.shortLeaderEssay = m.role == Role.LEADER && chance(random, 80);
      out.add(m);
    }
    return out;
  }

  private static SyntheticMember.Profile profile(
      SyntheticMember m, boolean officer, boolean idleNewMembers, SplittableRandom random) {
    if (m.isNew && idleNewMembers) {
      return SyntheticMember.Profile.IDLE;
    }
    int roll = random.nextInt(1000);
    if (officer || m.role == Role.LEADER || m.exempt()) {
      return SyntheticMember.Profile.NORMAL;
    }
    return roll < 80 ? SyntheticMember.Profile.SHORT
        : roll < 140 ? SyntheticMember.Profile.LOW_SHARE
        : roll < 180 ? SyntheticMember.Profile.UNMADE : SyntheticMember.Profile.NORMAL;
  }

  private static void dates(SyntheticMember m, SplittableRandom random) {
    if (m.isNew) {
      if (chance(random, 300)) {
        m.joinedOn = day(random, LocalDate.of(1990, 1, 1), LocalDate.of(2003, 6, 30));
        m.transferredInOn = day(random, NEW_SINCE, NEW_UNTIL);
      } else {
        m.joinedOn = day(random, NEW_SINCE, NEW_UNTIL);
      }
      return;
    }
    m.joinedOn = m.status == MemberStatus.RETIRED
        ? day(random, LocalDate.of(1950, 1, 1), LocalDate.of(1985, 12, 31))
        : day(random, LocalDate.of(1975, 1, 1), LocalDate.of(2003, 6, 30));
    if (chance(random, 50)) {
      m.transferredInOn = day(random, LocalDate.of(1995, 1, 1), LocalDate.of(2003, 12, 1));
    }
  }

  private static String exemptReason(MemberStatus status, SplittableRandom random) {
    return switch (status) {
      case RETIRED -> oneOf(StudyTexts.EXEMPT_RETIRED, random);
      case MOBILE -> StudyTexts.EXEMPT_MOBILE;
      default -> oneOf(StudyTexts.EXEMPT_ACTIVE, random);
    };
  }

  private static String oneOf(java.util.List<String> choices, SplittableRandom random) {
    return choices.get(random.nextInt(choices.size()));
  }

  static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  /** True with probability {@code perMille} in a thousand. */
  static boolean chance(SplittableRandom random, int perMille) {
    return random.nextInt(1000) < perMille;
  }
}
