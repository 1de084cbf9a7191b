package io.attnlift.workflows;

import io.attnlift.common.StageCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code attnlift} command: one subcommand per stage (each runs the stage's own jar as a
 * process), {@code generate} for the synthetic world, {@code run} for the whole DAG and
 * {@code demo} for generate-then-run on the embedded defaults, and {@code flink} for a local Flink
 * session cluster.
 */
@Command(
    name = "attnlift",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Predicts session conversion with a Transformer and explains it through attention.",
      "",
      "Start with `attnlift demo`. Each stage command takes its own flags: `attnlift train --help`."
    },
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      FlinkCommand.class,
      StageCommand.Generate.class,
      StageCommand.Extract.class,
      StageCommand.Preprocess.class,
      StageCommand.Train.class,
      StageCommand.Attribute.class,
      StageCommand.Report.class
    })
public final class AttnliftMain {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line: flags that {@code attnlift} does not know are handed on as they are, to the
   * stage (for stage commands) or to the workflow parameters (for {@code run}).
   */
  public static CommandLine commandLine() {
    return StageCli.commandLine(new AttnliftMain()).setUnmatchedOptionsArePositionalParams(true);
  }
}
