package org.branchcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchcheck.bench.DuckDbHours;
import org.branchcheck.io.DatasetReader;
import org.branchcheck.model.Dataset;
import org.branchcheck.model.Member;
import org.branchcheck.model.OrgKind;
import org.branchcheck.model.Role;
import org.branchcheck.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictGeneratorTest {
  @TempDir Path dir;

  private Path generate(String name, GeneratorOptions options) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    DistrictGenerator.writeFolder(options, folder, true);
    return folder;
  }

  @Test
  void theSameSeedGivesTheSameBytesInEveryTable() throws IOException {
    Path a = generate("a", new GeneratorOptions(7, 700, 20));
    Path b = generate("b", new GeneratorOptions(7, 700, 20));
    for (String file : DistrictTables.FILES) {
      assertThat(Files.readAllBytes(b.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  @Test
  void anotherSeedGivesAnotherDistrict() throws IOException {
    Path a = generate("a", new GeneratorOptions(7, 700, 20));
    Path b = generate("b", new GeneratorOptions(8, 700, 20));
    for (String file : List.of("orgs.csv", "members.csv", "attendance.csv", "essays.csv")) {
      assertThat(Files.readAllBytes(b.resolve(file))).as(file)
          .isNotEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  @Test
  void theStreamedAttendanceIsTheFileByteForByteAndTheOtherTablesDoNotDependOnIt()
      throws IOException {
    GeneratorOptions options = new GeneratorOptions(11, 900, 12);
    Path full = generate("full", options);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    GenerationSummary streamed = DistrictGenerator.writeAttendance(options, stream);
    assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(full.resolve("attendance.csv")));

    Path rest = Files.createDirectories(dir.resolve("rest"));
    GenerationSummary withoutAttendance = DistrictGenerator.writeFolder(options, rest, false);
    assertThat(rest.resolve("attendance.csv")).doesNotExist();
    for (String file : DistrictTables.FILES) {
      if (!file.equals("attendance.csv")) {
        assertThat(Files.readAllBytes(rest.resolve(file))).as(file)
            .isEqualTo(Files.readAllBytes(full.resolve(file)));
      }
    }
    assertThat(withoutAttendance).isEqualTo(streamed);
  }

  @ParameterizedTest(name = "{0} members, {1} sessions")
  @CsvSource({"1, 20", "15, 1", "61, 3", "450, 20", "800, 7", "250, 120"})
  void everyTableIsReadWithoutAProblemAndHoldsExactlyTheMembersAskedFor(int members, int sessions)
      throws IOException {
    GeneratorOptions options = new GeneratorOptions(3, members, sessions);
    Path folder = Files.createDirectories(dir.resolve("d"));
    GenerationSummary summary = DistrictGenerator.writeFolder(options, folder, true);

    DatasetReader.ReadResult read = DatasetReader.read(folder);

    assertThat(read.problems()).isEmpty();
    assertThat(read.files()).extracting(f -> f.encoding()).containsOnly("UTF-8 (BOM)");
    Dataset d = read.dataset();
    assertThat(d.present()).contains(Table.ORGS, Table.MEMBERS, Table.SESSIONS,
        Table.ATTENDANCE, Table.ESSAYS, Table.MEETINGS, Table.PLANS, Table.PLAN_ITEMS);
    assertThat(d.members()).hasSize(members);
    assertThat((long) d.orgs().size()).isEqualTo(summary.orgs());
    assertThat((long) d.sessions().size()).isEqualTo(summary.sessions());
    assertThat((long) d.attendance().size()).isEqualTo(summary.attendanceRows());
    assertThat((long) d.essays().size()).isEqualTo(summary.essays());
  }

  @Test
  void aDistrictHasEveryKindOfOrganisationAndMember() throws IOException {
    GeneratorOptions options = new GeneratorOptions(2005, 2000, 20);
    Path folder = Files.createDirectories(dir.resolve("d"));
    GenerationSummary summary = DistrictGenerator.writeFolder(options, folder, true);
    Dataset d = DatasetReader.read(folder).dataset();

    Map<OrgKind, Long> kinds = d.orgs().stream()
        .collect(Collectors.groupingBy(o -> o.kind(), Collectors.counting()));
    assertThat(kinds.keySet()).contains(OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH,
        OrgKind.JOINT_BRANCH);
    assertThat(kinds.keySet()).containsAnyOf(OrgKind.TEMP_BRANCH, OrgKind.TEMP_GROUP,
        OrgKind.TEMP_JOINT_BRANCH);
    Map<String, Long> perBranch = d.members().stream()
        .collect(Collectors.groupingBy(Member::org, Collectors.counting()));
    assertThat(perBranch.values().stream().filter(n -> n >= 20 && n <= 40).count())
        .isGreaterThan(perBranch.size() / 2);

    List<Member> members = d.members();
    assertThat(members).filteredOn(Member::exempt).isNotEmpty();
    assertThat(members).filteredOn(m -> Boolean.TRUE.equals(m.newMember())).isNotEmpty();
    assertThat(members).filteredOn(m -> !m.canWrite()).isNotEmpty();
    assertThat(members).filteredOn(m -> m.role() == Role.LEADER).isNotEmpty();
    assertThat(members).filteredOn(m -> m.role() == Role.SECRETARY).isNotEmpty();
    assertThat(members).extracting(m -> m.status().code()).contains("retired", "mobile");
    assertThat(d.attendance()).extracting(a -> a.status().code())
        .contains("present", "leave", "absent", "makeup", "home");
    assertThat(d.attendance()).filteredOn(a -> a.hoursCenti() != null).isNotEmpty();
    assertThat(d.attendance()).filteredOn(a -> !a.makeupFor().isEmpty()).isNotEmpty();
    assertThat(d.essays()).filteredOn(e -> e.chars() != null && e.chars() < 3000).isNotEmpty();

    // Between a tenth and a fifth of the members fall short on hours or on the collective share.
    long assessed = summary.members() - summary.exemptMembers();
    assertThat(summary.membersShortOfHours()).isPositive();
    assertThat(summary.membersUnderTwoThirds()).isPositive();
    assertThat(summary.membersWithUnmadeMisses()).isPositive();
    long shortfalls = summary.membersShortOfHours() + summary.membersUnderTwoThirds();
    assertThat(shortfalls).isBetween(assessed / 10, assessed / 5 + assessed / 20);
  }

  @Test
  void theDuckDbBaselineCountsWhatTheGeneratorPlanted() throws Exception {
    GeneratorOptions options = new GeneratorOptions(5, 1500, 20);
    Path folder = Files.createDirectories(dir.resolve("d"));
    GenerationSummary summary = DistrictGenerator.writeFolder(options, folder, true);

    DuckDbHours.Result r = DuckDbHours.run(folder, 1, 40);

    assertThat(r.members()).isEqualTo(summary.members() - summary.exemptMembers());
    assertThat(r.shortOfHours()).isEqualTo(summary.membersShortOfHours());
    assertThat(r.underTwoThirds()).isEqualTo(summary.membersUnderTwoThirds());
  }

  @Test
  void memberIdsWidenPastTenMillionWithoutChangingSmallDistricts() {
    byte[] to = new byte[12];
    assertThat(new String(to, 0, CsvSink.padded(42, 7, to, 0))).isEqualTo("0000042");
    assertThat(new String(to, 0, CsvSink.padded(12_345_678, 7, to, 0))).isEqualTo("12345678");
  }
}
