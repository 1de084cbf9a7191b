package io.attnlift.extract;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageDefaults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic world with known drivers into a DuckDB file. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    defaultValueProvider = GenerateCommand.Defaults.class,
    description = "Generate a synthetic events table with planted conversion drivers and its"
        + " ground truth into a DuckDB file.")
public final class GenerateCommand implements Callable<Integer> {
  /** The flags' defaults: {@link GenerateOptions#defaults()}. */
  public static final class Defaults extends StageDefaults {
    public Defaults() {
      super(GenerateOptions.defaults());
    }
  }

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--duckdb", paramLabel = "FILE",
      description = "DuckDB file to write (default: ${DEFAULT-VALUE}).")
  Path duckdb;

  @Option(names = "--table", paramLabel = "NAME",
      description = "Events table (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(names = "--users", paramLabel = "N", description = "Users (default: ${DEFAULT-VALUE}).")
  Integer users;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  Long seed;

  @Option(names = "--world", paramLabel = "FILE",
      description = "A world YAML file, or a built-in world: default, alt, midcart, stores,"
          + " features, positions (default: ${DEFAULT-VALUE}).")
  String world;

  @Option(names = "--end-date", paramLabel = "YYYY-MM-DD",
      description = "Day after the last day of data (default: today, UTC); data covers the 28"
          + " days before it.")
  LocalDate endDate;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also export the events as CSV.")
  Path csv;

  @Option(names = "--parquet", paramLabel = "FILE",
      description = "Also export the events as Parquet.")
  Path parquet;

  @Override
  public Integer call() throws Exception {
    GenerateOptions options = StageConfig.resolve(
        GenerateOptions.defaults(), common.config(), "generate", spec);
    String summary = new GenerateJob(options).run();
    spec.commandLine().getOut().println(summary);
    return 0;
  }
}
