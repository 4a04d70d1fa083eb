package org.branchcheck.generate;

/** Counts members by kind as they are written, for the summary of a generation run. */
final class GenerationTally {
  long members;
  long exempt;
  long newMembers;
  long shortOfHours;
  long underTwoThirds;
  long unmadeMisses;

  void member(SyntheticMember m) {
    members++;
    exempt += m.exempt() ? 1 : 0;
    newMembers += m.isNew ? 1 : 0;
    shortOfHours += AttendancePlanner.shortOfHours(m) ? 1 : 0;
    underTwoThirds += AttendancePlanner.underTwoThirds(m) ? 1 : 0;
    unmadeMisses += !m.exempt() && m.unmadeMiss ? 1 : 0;
  }
}
