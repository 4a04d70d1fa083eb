package org.branchcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.branchcheck.engine.ExitCode;
import org.branchcheck.generate.DistrictGenerator;
import org.branchcheck.generate.GenerationSummary;
import org.branchcheck.generate.GeneratorOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code branchcheck generate}: a synthetic district as a CSV dataset, to try checks at scale. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a synthetic district (a district committee, general branches, enterprise units with"
          + " their branches and temporary units; members, sessions, attendance, essays, plans and"
          + " meetings) as one CSV dataset folder, with shortfalls planted as a real audit finds"
          + " them: about one member in six, a few percent of units per organisation rule.",
      "The same seed and options give byte-identical files."
    })
public final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The dataset folder to write (created if missing; empty unless --force).")
  Path out;

  @Option(names = "--seed", paramLabel = "N",
      defaultValue = "" + GeneratorOptions.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--members", paramLabel = "N",
      defaultValue = "" + GeneratorOptions.DEFAULT_MEMBERS,
      description = "Members in the whole district (default: ${DEFAULT-VALUE}).")
  int members;

  @Option(names = "--sessions", paramLabel = "S",
      defaultValue = "" + GeneratorOptions.DEFAULT_SESSIONS,
      description = "Study sessions per branch; attendance rows are about members x S"
          + " (default: ${DEFAULT-VALUE}).")
  int sessions;

  @Option(names = "--force", description = "Write into a folder that is not empty, replacing"
      + " the tables of the same names (other files are left as they are).")
  boolean force;

  @Option(names = "--without-attendance",
      description = "Write every table but attendance.csv (to stream it with --attendance-only).")
  boolean withoutAttendance;

  @Option(names = "--attendance-only",
      description = "Write only the attendance table, byte for byte as in a folder, to --out-file.")
  boolean attendanceOnly;

  @Option(names = "--out-file", paramLabel = "FILE|-",
      description = "With --attendance-only: the file or named pipe to write; - for stdout.")
  String outFile;

  @Override
  public Integer call() {
    GeneratorOptions options = options();
    long start = System.nanoTime();
    boolean toStdout = attendanceOnly && "-".equals(outFile);
    String target = attendanceOnly ? outFile : out.toString();
    GenerationSummary summary;
    try {
      if (!attendanceOnly) {
        prepareFolder();
        summary = DistrictGenerator.writeFolder(options, out, !withoutAttendance);
      } else if (toStdout) {
        // The file descriptor itself: System.out would swallow a closed pipe and carry on.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        summary = DistrictGenerator.writeAttendance(options, stdout);
      } else {
        try (OutputStream file = Files.newOutputStream(Path.of(outFile))) {
          summary = DistrictGenerator.writeAttendance(options, file);
        }
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println("branchcheck generate: cannot write " + target + ": "
          + e.getMessage());
      return ExitCode.INPUT_ERROR.code();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter report = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
    report.println(describe(target, summary, seconds));
    report.flush();
    return ExitCode.OK.code();
  }

  private GeneratorOptions options() {
    CommandLine cl = spec.commandLine();
    if (attendanceOnly && outFile == null) {
      throw new CommandLine.ParameterException(cl,
          "--attendance-only needs --out-file FILE (or -)");
    }
    if (attendanceOnly && (out != null || withoutAttendance || force)) {
      throw new CommandLine.ParameterException(cl,
          "--attendance-only writes one file: give --out-file, not --out, --force"
              + " or --without-attendance");
    }
    if (!attendanceOnly && outFile != null) {
      throw new CommandLine.ParameterException(cl, "--out-file goes with --attendance-only");
    }
    if (!attendanceOnly && out == null) {
      throw new CommandLine.ParameterException(cl,
          "give --out DIR (or --attendance-only --out-file FILE)");
    }
    try {
      return new GeneratorOptions(seed, members, sessions);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--" + e.getMessage());
    }
  }

  private void prepareFolder() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out: " + out + " is a file, not a folder");
    }
    if (Files.isDirectory(out) && !force) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--out: " + out + " is not empty; give --force to write into it anyway");
        }
      }
    }
    Files.createDirectories(out);
  }

  private static String describe(String target, GenerationSummary s, double seconds) {
    return String.format("wrote %s: %,d orgs, %,d members (%,d exempt, %,d new), %,d sessions,"
        + " %,d attendance rows, %,d essays and notes, %,d meetings, %,d plans with %,d items"
        + " in %.1f s; to be found: %,d members under 40 hours, %,d under two thirds collective,"
        + " %,d with a missed lesson never made up",
        target, s.orgs(), s.members(), s.exemptMembers(), s.newMembers(), s.sessions(),
        s.attendanceRows(), s.essays(), s.meetings(), s.plans(), s.planItems(), seconds,
        s.membersShortOfHours(), s.membersUnderTwoThirds(), s.membersWithUnmadeMisses());
  }
}
