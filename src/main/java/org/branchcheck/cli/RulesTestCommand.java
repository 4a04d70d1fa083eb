package org.branchcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.ruletest.RuleTestReport;
import org.branchcheck.ruletest.RuleTestRunner;
import org.branchcheck.ruletest.RuleTestTextWriter;
import org.branchcheck.ruletest.TestFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code branchcheck rules test [PATH...]}: runs rule-set test files. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Runs rule-set tests (NAME.test.yaml beside NAME.yaml): each case's inline"
        + " dataset is checked and every expected outcome compared. Also fails when a rule of a"
        + " tested set is never shown passing, failing or (if it has a condition) not applying.")
public final class RulesTestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Test files, rule-set files or folders (default: the shipped rule sets).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "List passing cases too.")
  boolean verbose;

  @Option(names = "--no-coverage",
      description = "Do not fail on rules no test shows passing, failing or not applying.")
  boolean noCoverage;

  @Override
  public Integer call() throws IOException {
    TestFiles.Found found = TestFiles.find(paths);
    found.problems().forEach(p -> spec.commandLine().getErr().println(p));
    RuleTestReport report = RuleTestRunner.run(found.files(), !noCoverage);
    RuleTestTextWriter.write(report, verbose, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    if (!found.problems().isEmpty()) {
      return ExitCode.INPUT_ERROR.code();
    }
    return report.exitCode().code();
  }
}
