package io.attnlift.report;

import io.attnlift.common.StageCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code attnlift-report report} in-process with captured output, as the jar would. */
final class ReportRunner {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs the command for a run under {@code root}; returns the exit code. */
  int run(Path root, String runId, String... flags) {
    CommandLine cl = StageCli.commandLine(new ReportMain());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> args = new ArrayList<>(
        List.of("report", "--runs-root", root.toString(), "--run-id", runId));
    args.addAll(List.of(flags));
    return cl.execute(args.toArray(String[]::new));
  }
}
