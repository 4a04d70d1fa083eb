package org.branchcheck.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchcheck.cli.BranchcheckCommand;
import picocli.CommandLine;

/**
 * A one-branch YAML dataset whose names and messages are whatever a test passes in, checked by
 * the real command line in-process against the small rule set of the format scenarios. The member
 * has 6 of the required 10 hours, so it shows up in the failure tables, where hostile text does
 * harm.
 */
final class HostileDataset {
  private HostileDataset() {}

  /** Writes the dataset into {@code dir} and returns the report in {@code format}. */
  static String report(Path dir, String format, String orgName, String memberName,
      String... options) throws IOException {
    return check(dir, orgName, memberName, List.of("--format", format), options);
  }

  /** Writes the dataset into {@code dir} and returns the xlsx report, written to a file. */
  static byte[] workbook(Path dir, String orgName, String memberName, String... options)
      throws IOException {
    Path report = dir.resolve("report.xlsx");
    String out = check(dir, orgName, memberName, List.of("--output", "xlsx=" + report),
        options);
    if (!out.isEmpty()) {
      throw new AssertionError("expected nothing on stdout, got " + out);
    }
    return Files.readAllBytes(report);
  }

  private static String check(Path dir, String orgName, String memberName, List<String> output,
      String... options) throws IOException {
    Path file = dir.resolve("branch.yaml");
    Files.writeString(file, String.join("\n",
        "name: 测试数据",
        "orgs:",
        "  - {id: B01, name: " + quoted(orgName) + ", kind: 党支部}",
        "members:",
        "  - {id: M01, name: " + quoted(memberName) + ", org: B01}",
        "sessions:",
        "  - {id: S01, org: B01, date: 2005-07-27, kind: 党课, hours: 6}",
        "attendance:",
        "  - {session: S01, member: M01, status: 出席}",
        "essays: []",
        "plans:",
        "  - {org: B01, filed_on: 2005-07-20}",
        ""), StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("check", "--rules",
        "src/test/resources/formats/rules.yaml", "--as-of", "2005-08-31"));
    args.addAll(output);
    args.add(file.toString());
    args.addAll(List.of(options));
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    int exit = run(args, out, err);
    if (exit != 1) {
      throw new AssertionError("expected the member to fail (exit 1), got " + exit + ": " + err);
    }
    return out.toString();
  }

  /** Runs the command line in-process; returns the exit code, filling out and err. */
  static int run(List<String> args, StringWriter out, StringWriter err) {
    CommandLine cl = BranchcheckCommand.configure(new CommandLine(new BranchcheckCommand()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args.toArray(String[]::new));
  }

  /** A YAML double-quoted scalar, so any text (quotes, line breaks, markup) survives. */
  private static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
