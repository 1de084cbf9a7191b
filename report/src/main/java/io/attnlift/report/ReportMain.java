package io.attnlift.report;

import io.attnlift.common.StageCli;
import picocli.CommandLine.Command;

/** The report stage's entry point: {@code java -jar attnlift-report.jar report [flags]}. */
@Command(
    name = "attnlift-report",
    mixinStandardHelpOptions = true,
    subcommands = {ReportCommand.class},
    description = "The report stage: one self-contained HTML report per run.")
public final class ReportMain {
  public static void main(String[] args) {
    System.exit(StageCli.execute(new ReportMain(), args));
  }
}
