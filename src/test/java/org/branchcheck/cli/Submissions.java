package org.branchcheck.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.branchcheck.engine.BranchYaml;

/**
 * A district's worth of branch submissions written into a folder tree, the way a district office
 * collects them: one folder per street, YAML branch files and CSV folders mixed, two of them
 * broken. Which members fall short of the 40 hours follows from the index alone, so tests compute
 * what to expect instead of hard-coding it.
 */
final class Submissions {
  static final int MEMBERS = 5;
  private static final String[] STREETS = {"东城街道", "西城街道", "南湖街道", "北苑街道", "滨江街道"};

  /** The paths of the two broken submissions, relative to the root. */
  static final List<String> BROKEN = List.of("南湖街道/branch-12", "西城街道/branch-31.yaml");

  private Submissions() {}

  /** About one member in eleven falls short: 26 collective hours plus 10 self-study. */
  static boolean shortOfHours(int i, int m) {
    return (i * 3 + m) % 11 == 0;
  }

  /** Hours of collective study of member {@code m} of branch {@code i}; 10 self-study come on top. */
  static int collectiveHours(int i, int m) {
    return shortOfHours(i, m) ? 26 : 30 + (i + m) % 5;
  }

  /** Writes {@code count} submissions under {@code root}; returns their paths, sorted. */
  static List<String> write(Path root, int count) throws IOException {
    List<String> written = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String street = STREETS[i % STREETS.length];
      String name = String.format("branch-%02d", i);
      String rel = street + "/" + name;
      if (BROKEN.get(0).equals(rel)) {
        writeBrokenCsv(root.resolve(rel));
      } else if (BROKEN.get(1).equals(rel + ".yaml")) {
        rel += ".yaml";
        write(root.resolve(rel), "name: 第31支部\nmembers:\n  - {id: M1, name: 张三, org: B01\n",
            StandardCharsets.UTF_8);
      } else {
        rel += ".yaml";
        BranchYaml y = BranchYaml.compliant();
        for (int m = 1; m <= MEMBERS; m++) {
          y.member("M" + m, "B01", "", String.valueOf(collectiveHours(i, m)), "10");
        }
        write(root.resolve(rel), "name: 第" + i + "支部\n" + y.yaml(), StandardCharsets.UTF_8);
      }
      written.add(rel);
    }
    // Things a submission folder also holds, which are not datasets and must be left alone.
    write(root.resolve("说明.txt"), "各支部报送材料\n", StandardCharsets.UTF_8);
    write(root.resolve(".git/config"), "[core]\n", StandardCharsets.UTF_8);
    return written.stream().sorted().toList();
  }

  /** A GB18030 CSV submission with an impossible date and a member of an unknown branch. */
  private static void writeBrokenCsv(Path dir) throws IOException {
    Charset gb = Charset.forName("GB18030");
    write(dir.resolve("组织.csv"), "编号,名称,类型\nB01,第十二支部,党支部\n", gb);
    write(dir.resolve("党员名册.csv"), "党员编号,姓名,所在组织,入党日期\n"
        + "M1,王五,B01,2001年2月30日\nM2,赵六,B09,2002-05-01\n", gb);
  }

  private static void write(Path file, String text, Charset cs) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, cs);
  }

  /** Every regular file under the root with its bytes and modification time, for "untouched". */
  static List<String> snapshot(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          out.add(root.relativize(p) + " " + Files.getLastModifiedTime(p) + " "
              + java.util.Arrays.hashCode(Files.readAllBytes(p)));
        }
      }
      return out;
    }
  }
}
