package io.attnlift.bench;

import io.attnlift.common.StageCli;
import picocli.CommandLine.Command;

/**
 * The benchmark harness's Java commands, called by {@code bench/run.sh}: measure a command's
 * process tree, summarize a pipeline run, check its quality, describe the machine, render the
 * results table.
 */
@Command(
    name = "attnlift-bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      MeasureCommand.class,
      SummarizeCommand.class,
      QualityCommand.class,
      MachineCommand.class,
      TableCommand.class
    })
public final class BenchMain {
  public static void main(String[] args) {
    System.exit(StageCli.execute(new BenchMain(), args));
  }
}
