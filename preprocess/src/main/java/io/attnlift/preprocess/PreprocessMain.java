package io.attnlift.preprocess;

import io.attnlift.common.StageCli;
import picocli.CommandLine.Command;

/** The preprocess stage's command line: {@code attnlift-preprocess preprocess [flags]}. */
@Command(
    name = "attnlift-preprocess",
    mixinStandardHelpOptions = true,
    subcommands = {PreprocessCommand.class},
    description = "attnlift's preprocess stage.")
public final class PreprocessMain {
  public static void main(String[] args) {
    System.exit(StageCli.execute(new PreprocessMain(), args));
  }
}
