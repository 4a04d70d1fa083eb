package org.branchcheck.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.branchcheck.model.MemberStatus;

/**
 * Decides each member's attendance at their branch's sessions from their profile. Ordinary
 * members come to nearly everything and make up the few lessons they miss (on leave or absent);
 * some retired members have lessons brought home (送学上门); short members miss lessons or leave
 * early until their total is under 40 hours; shift workers leave collective lessons early and
 * credit longer self-study, ending under two thirds collective. Hours are counted in halves.
 */
final class AttendancePlanner {
  private static final int MIN_HALVES = 80;

  private final BranchSessions sessions;
  private final SplittableRandom random;

  AttendancePlanner(BranchSessions sessions, SplittableRandom random) {
    this.sessions = sessions;
    this.random = random;
  }

  void plan(SyntheticMember m) {
    int n = sessions.count;
    m.attendance = new byte[n];
    m.override = new byte[n];
    if (m.exempt()) {
      return; // no rows at all: an exempt member is listed, not assessed
    }
    switch (m.profile) {
      case NORMAL -> ordinary(m);
      case UNMADE -> {
        ordinary(m);
        leaveUnmade(m, 1 + random.nextInt(2));
      }
      case SHORT -> fallShort(m);
      case LOW_SHARE -> shiftWork(m);
      case IDLE -> Arrays.fill(m.attendance, SyntheticMember.ABSENT);
    }
    tally(m);
  }

  private void ordinary(SyntheticMember m) {
    int n = sessions.count;
    int missPerMille = m.status == MemberStatus.MOBILE ? 80 : 30;
    int homeFrom = m.status == MemberStatus.RETIRED && Roster.chance(random, 250)
        ? n - 2 - random.nextInt(4) : n;
    int[] madeUp = new int[n];
    int misses = 0;
    for (int i = 0; i < n; i++) {
      if (sessions.self[i]) {
        m.attendance[i] =
            Roster.chance(random, 20) ? SyntheticMember.ABSENT : SyntheticMember.PRESENT;
      } else if (i >= homeFrom) {
        m.attendance[i] = SyntheticMember.HOME;
      } else if (Roster.chance(random, missPerMille)) {
        m.attendance[i] =
            Roster.chance(random, 700) ? SyntheticMember.LEAVE : SyntheticMember.ABSENT;
        madeUp[misses++] = i;
        sessions.holdMakeupFor(i);
      } else {
        m.attendance[i] = SyntheticMember.PRESENT;
        if (Roster.chance(random, 10) && sessions.halves[i] > 4) {
          m.override[i] = (byte) (sessions.halves[i] - 2); // left an hour early
        }
      }
    }
    m.madeUp = Arrays.copyOf(madeUp, misses);
  }

  /** Misses {@code count} collective lessons the member attended, and makes none of them up. */
  private void leaveUnmade(SyntheticMember m, int count) {
    for (int i : shuffled()) {
      if (count == 0) {
        break;
      }
      if (!sessions.self[i] && m.attendance[i] == SyntheticMember.PRESENT) {
        m.attendance[i] =
            Roster.chance(random, 500) ? SyntheticMember.LEAVE : SyntheticMember.ABSENT;
        m.override[i] = 0;
        count--;
      }
    }
  }

  private void fallShort(SyntheticMember m) {
    Arrays.fill(m.attendance, SyntheticMember.PRESENT);
    int target = 52 + random.nextInt(28); // 26 to 39.5 hours
    boolean leavesEarly = Roster.chance(random, 400);
    int[] order = shuffled();
    if (leavesEarly) {
      for (int i : order) {
        if (total(m) < target) {
          return;
        }
        m.override[i] = 2;
      }
    }
    for (int i : order) {
      if (total(m) < target) {
        return;
      }
      m.attendance[i] = Roster.chance(random, 300) ? SyntheticMember.LEAVE : SyntheticMember.ABSENT;
      m.override[i] = 0;
    }
  }

  private void shiftWork(SyntheticMember m) {
    Arrays.fill(m.attendance, SyntheticMember.PRESENT);
    for (int i = 0; i < sessions.count; i++) {
      if (sessions.self[i]) {
        m.override[i] = (byte) Math.min(12, sessions.halves[i] + 2 + random.nextInt(5));
      }
    }
    for (int i : shuffled()) {
      tally(m);
      if (3 * m.collectiveHalves < 2 * m.totalHalves) {
        return;
      }
      if (!sessions.self[i]) {
        // an hour or an hour and a half, then off to the shift
        m.override[i] = (byte) (2 + random.nextInt(2));
      }
    }
  }

  private int total(SyntheticMember m) {
    tally(m);
    return m.totalHalves;
  }

  /** Sums the member's hours, collective hours, and whether a collective miss stays unmade. */
  static void tally(SyntheticMember m, BranchSessions sessions) {
    int total = 0;
    int collective = 0;
    boolean[] madeUp = new boolean[sessions.count];
    for (int i : m.madeUp) {
      madeUp[i] = true;
      int h = sessions.halves[i];
      total += h;
      collective += h;
    }
    boolean unmade = false;
    for (int i = 0; i < sessions.count; i++) {
      byte a = m.attendance[i];
      if (a == SyntheticMember.PRESENT || a == SyntheticMember.HOME) {
        int h = m.override[i] != 0 ? m.override[i] : sessions.halves[i];
        total += h;
        collective += sessions.self[i] ? 0 : h;
      } else if ((a == SyntheticMember.LEAVE || a == SyntheticMember.ABSENT) && !sessions.self[i]) {
        unmade |= !madeUp[i];
      }
    }
    m.totalHalves = total;
    m.collectiveHalves = collective;
    m.unmadeMiss = unmade;
  }

  private void tally(SyntheticMember m) {
    tally(m, sessions);
  }

  private int[] shuffled() {
    int[] order = new int[sessions.count];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  static boolean shortOfHours(SyntheticMember m) {
    return !m.exempt() && m.totalHalves < MIN_HALVES;
  }

  static boolean underTwoThirds(SyntheticMember m) {
    return !m.exempt() && m.totalHalves > 0 && 3 * m.collectiveHalves < 2 * m.totalHalves;
  }
}
