package org.branchcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.branchcheck.engine.CheckResult;
import org.branchcheck.engine.RunResult;

/**
 * JUnit XML as Jenkins and GitLab read it, valid against the Apache Ant JUnit schema: a {@code
 * <testsuites>} root with one {@code <testsuite>} per dataset (name = the dataset's path, package =
 * the rule set's id) and one {@code <testcase>} per listed finding (classname = rule id, name =
 * subject id and name). How outcomes map, given that the schema allows at most one of {@code
 * <skipped>}, {@code <error>} or {@code <failure>} in a test case and nothing else:
 *
 * <ul>
 *   <li>fail at the {@code --fail-on} severity or worse: {@code <failure type="rule id">};
 *   <li>fail below it (a warning, by default): a passing test case, and the warning listed in the
 *       suite's {@code <system-out>} (the schema has no per-case output), so CI does not go red
 *       for what the exit code does not count either;
 *   <li>waived, exempt and does-not-apply: {@code <skipped message="waived: …">}, since the rule
 *       was deliberately not enforced for that subject;
 *   <li>pass: an empty test case;
 *   <li>an unreadable dataset: one test case "read dataset" with an {@code <error>} listing every
 *       problem; problems of the run itself (a rule set that does not load, a path that does not
 *       exist) get a last suite of their own, named after the rule set, so that datasets keep
 *       their ids.
 * </ul>
 *
 * The schema requires a timestamp, host name and duration; to keep equal results equal bytes they
 * are the as-of date at midnight, {@code localhost} and 0. Provenance (tool version, rule set and
 * its SHA-256, as-of, fail-on, command-line parameters, each input file's SHA-256) goes into every
 * suite's {@code <properties>}, because CI servers keep suites apart.
 */
public final class JunitReporter implements Reporter {

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    IndentedXml xml = new IndentedXml(out);
    xml.start("testsuites");
    int id = 0;
    for (CheckResult d : run.datasets()) {
      new JunitSuite(xml, run, id++).dataset(d);
    }
    if (!run.problems().isEmpty()) {
      new JunitSuite(xml, run, id).runProblems();
    }
    xml.end();
    xml.finish();
  }
}
