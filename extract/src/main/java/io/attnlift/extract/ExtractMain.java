package io.attnlift.extract;

import io.attnlift.common.StageCli;
import picocli.CommandLine.Command;

/** The extract stage's jar: {@code extract} (sample from the warehouse) and {@code generate}. */
@Command(
    name = "attnlift-extract",
    mixinStandardHelpOptions = true,
    subcommands = {ExtractCommand.class, GenerateCommand.class},
    description = "Sample users and all their events from Snowflake, DuckDB or a file export;"
        + " generate a synthetic world with known drivers.")
public final class ExtractMain {
  public static void main(String[] args) {
    System.exit(StageCli.execute(new ExtractMain(), args));
  }
}
