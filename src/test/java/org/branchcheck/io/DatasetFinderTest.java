package org.branchcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchcheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFinderTest {
  @TempDir Path dir;

  private void touch(String rel) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "id\n");
  }

  private List<String> found(Path... roots) {
    return DatasetFinder.find(List.of(roots)).datasets().stream()
        .map(f -> dir.relativize(f.path()).toString().replace('\\', '/')).toList();
  }

  @Test
  void aFolderWithTableFilesIsOneDatasetAndIsNotSearchedBeneath() throws IOException {
    touch("a/members.csv");
    touch("a/old/members.csv");
    touch("b/党员名册.csv");
    touch("c/d/branch.yaml");
    touch("c/d/notes.txt");
    touch("c/e/readme.csv");
    assertThat(found(dir)).containsExactly("a", "b", "c/d/branch.yaml");
  }

  @Test
  void ruleSetsAndTheirTestsKeptBesideTheDataAreNotDatasetsUnlessNamed() throws IOException {
    touch("district/branch.yaml");
    Files.writeString(dir.resolve("district/rules.yaml"),
        "# 本区规则\nid: d/phase1\nextends: xianjinxing-2005/phase1\n");
    Files.writeString(dir.resolve("district/own.yaml"), "id: own\ntitle: t\nrules: []\n");
    touch("district/rules.test.yaml");
    assertThat(found(dir)).containsExactly("district/branch.yaml");
    assertThat(found(dir.resolve("district/rules.yaml"))).containsExactly("district/rules.yaml");
  }

  @Test
  void hiddenFoldersAreSkippedAndRepeatsAreFoundOnce() throws IOException {
    touch(".git/members.csv");
    touch("x/branch.yml");
    assertThat(found(dir, dir.resolve("x"), dir.resolve("x/branch.yml")))
        .containsExactly("x/branch.yml");
  }

  @Test
  void theOrderOfThePathsDoesNotChangeTheResult() throws IOException {
    touch("z/members.csv");
    touch("a/members.csv");
    assertThat(found(dir.resolve("z"), dir.resolve("a")))
        .isEqualTo(found(dir.resolve("a"), dir.resolve("z")))
        .containsExactly("a", "z");
  }

  @Test
  void aMissingPathAndAFolderWithoutDatasetsAreProblems() throws IOException {
    touch("empty/readme.txt");
    List<Problem> problems = DatasetFinder.find(List.of(dir.resolve("nope"),
        dir.resolve("empty"))).problems();
    assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
        "no such file or folder",
        "no dataset found here: expected a folder of table CSVs (members.csv, 党员名册.csv, …),"
            + " an .xlsx workbook or a .yaml file");
  }

  @Test
  void linksToFoldersElsewhereAreNotFollowed() throws IOException {
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("members.csv"), "id\n");
    touch("in/branch.yaml");
    Files.createSymbolicLink(dir.resolve("link"), outside);
    assertThat(found(dir)).containsExactly("in/branch.yaml");
  }
}
