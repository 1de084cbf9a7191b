package io.attnlift.train;

import io.attnlift.common.StageCli;
import picocli.CommandLine.Command;

/** The train stage's command line: {@code attnlift-train train [flags]}. */
@Command(
    name = "attnlift-train",
    mixinStandardHelpOptions = true,
    subcommands = {TrainCommand.class},
    description = "Trains the session Transformer and writes predictions and attributions.")
public final class TrainMain {
  public static void main(String[] args) {
    System.exit(StageCli.execute(new TrainMain(), args));
  }
}
