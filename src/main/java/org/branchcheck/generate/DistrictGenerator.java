package org.branchcheck.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.branchcheck.model.OrgKind;

/**
 * Generates a synthetic district as a CSV dataset: the same options give the same bytes. Every
 * unit and branch draws from its own random stream (derived from the seed and its number), and
 * every table is generated whether or not it is written, so the attendance table streamed alone
 * is byte for byte the one written with the rest.
 */
public final class DistrictGenerator {
  private static final long UNIT_STREAM = 1;
  private static final long BRANCH_STREAM = 2;
  private static final long DISTRICT_STREAM = 3;
  private static final String DISTRICT_OWN_TOPIC = "加强非公有制企业党建，服务企业发展";

  private final GeneratorOptions options;
  private final DistrictLayout layout;
  private final int idWidth;
  private long nextMember = 1;

  private DistrictGenerator(GeneratorOptions options) {
    this.options = options;
    this.layout = DistrictLayout.plan(options);
    this.idWidth = Math.max(7, Integer.toString(options.members()).length());
  }

  /** Writes every table into {@code folder} (which must exist); attendance too unless told not. */
  public static GenerationSummary writeFolder(GeneratorOptions options, Path folder,
      boolean withAttendance) throws IOException {
    try (DistrictTables tables = DistrictTables.inFolder(folder, withAttendance)) {
      return new DistrictGenerator(options).generate(tables);
    }
  }

  /** Writes the attendance table alone to {@code out}, which is flushed but left open. */
  public static GenerationSummary writeAttendance(GeneratorOptions options, OutputStream out)
      throws IOException {
    try (DistrictTables tables = DistrictTables.attendanceOnly(out, false)) {
      return new DistrictGenerator(options).generate(tables);
    }
  }

  private GenerationSummary generate(DistrictTables tables) throws IOException {
    GenerationTally tally = new GenerationTally();
    UnitWriter units = new UnitWriter(tables);
    BranchWriter branches = new BranchWriter(tables, tally);
    units.org(DistrictLayout.ROOT_ID, DistrictLayout.ROOT_NAME, OrgKind.COMMITTEE, "", "", "", "",
        layout.rootHead);
    List<String> generalHeads = layout.generalBranches.stream()
        .map(DistrictLayout.GeneralBranch::head).limit(4).toList();
    units.campaign(DistrictLayout.ROOT_ID, new UnitWriter.People(layout.rootHead, generalHeads,
        layout.rootPlanReviewer, DISTRICT_OWN_TOPIC), UnitFlaws.NONE, random(DISTRICT_STREAM, 0));
    unit(layout.office, layout.rootHead, units, branches);
    for (DistrictLayout.GeneralBranch g : layout.generalBranches) {
      units.org(g.id(), g.name(), OrgKind.GENERAL_BRANCH, DistrictLayout.ROOT_ID, "", "", "",
          g.head());
      for (DistrictLayout.Unit u : g.units()) {
        unit(u, g.head(), units, branches);
      }
    }
    return new GenerationSummary(tables.orgs.rows(), tally.members, tables.sessions.rows(),
        tables.attendance.rows(), tables.essays.rows(), tables.meetings.rows(),
        tables.plans.rows(), tables.planItems.rows(), tally.exempt, tally.newMembers,
        tally.shortOfHours, tally.underTwoThirds, tally.unmadeMisses);
  }

  /** One branch's calendar, members and their attendance, built before anything is written. */
  private record BuiltBranch(DistrictLayout.Branch branch, BranchSessions sessions,
      List<SyntheticMember> members, SplittableRandom random) {
    String secretary() {
      return members.isEmpty() ? "" : members.get(0).name;
    }
  }

  private void unit(DistrictLayout.Unit u, String upperHead, UnitWriter units,
      BranchWriter branches) throws IOException {
    boolean office = u == layout.office;
    SplittableRandom random = random(UNIT_STREAM, u.index());
    String appointedHead = office ? layout.rootHead : ChineseNames.person(random);
    String ownTopic = StudyTexts.OWN_TOPICS.get(random.nextInt(StudyTexts.OWN_TOPICS.size()));
    if (u.flaws().noOwnTopic()) {
      ownTopic = StudyTexts.REQUIRED_TOPICS.get(0);
    }
    List<BuiltBranch> built = new ArrayList<>();
    for (DistrictLayout.Branch b : u.branches()) {
      SplittableRandom r = random(BRANCH_STREAM, b.serial());
      BranchSessions sessions =
          new BranchSessions(b.id(), options.sessionsPerBranch(), ownTopic, r);
      boolean holdsHead = office || !u.single() && built.isEmpty();
      List<SyntheticMember> members = Roster.of(b, holdsHead ? appointedHead : null,
          u.flaws().newMembersIdle(), nextMember, idWidth, r);
      nextMember += b.size();
      AttendancePlanner planner = new AttendancePlanner(sessions, r);
      members.forEach(planner::plan);
      built.add(new BuiltBranch(b, sessions, members, r));
    }
    String head = u.single() ? built.get(0).secretary() : appointedHead;
    List<String> secretaries = built.stream().filter(b -> !b.branch().temporary())
        .map(BuiltBranch::secretary).filter(s -> !s.isEmpty()).toList();

    units.org(u.id(), u.name(), u.kind(), u.parent(), u.enterprise(), u.instructor(), "", head);
    for (BuiltBranch b : built) {
      if (b.branch().temporary()) {
        units.org(b.branch().id(), b.branch().name(), b.branch().kind(), u.id(), u.enterprise(),
            "", u.flaws().temporaryUnitWithoutLeader() ? "" : head, "");
      } else if (!u.single()) {
        units.org(b.branch().id(), b.branch().name(), OrgKind.BRANCH, u.id(), u.enterprise(),
            "", "", b.secretary());
      }
    }
    for (BuiltBranch b : built) {
      BranchWriter.Reviewers reviewers = b.branch().temporary()
          ? new BranchWriter.Reviewers(head, upperHead, upperHead, u.instructor())
          : office ? new BranchWriter.Reviewers(b.secretary(), upperHead, b.secretary(),
              u.instructor())
          : new BranchWriter.Reviewers(b.secretary(), u.single() ? upperHead : head, upperHead,
              u.instructor());
      branches.sessions(b.sessions());
      branches.members(b.branch().id(), b.members(), b.random());
      branches.attendance(b.sessions(), b.members());
      branches.essays(b.members(), reviewers, b.random());
    }
    units.campaign(u.id(), new UnitWriter.People(head, secretaries, u.instructor(), ownTopic),
        u.flaws(), random);
  }

  private SplittableRandom random(long stream, long index) {
    // A strong mix of (seed, stream, index): neighbouring branches get unrelated streams.
    long z = options.seed() * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return new SplittableRandom(z ^ (z >>> 33));
  }
}
