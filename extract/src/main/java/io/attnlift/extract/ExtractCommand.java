package io.attnlift.extract;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageDefaults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extract}: samples users, then all of their events in the window, into Parquet. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    defaultValueProvider = ExtractCommand.Defaults.class,
    description = "Sample N users with events in [since, until), then all of their events there,"
        + " from DuckDB, a CSV/Parquet export or Snowflake, into runs/<run-id>/extract/. The"
        + " Snowflake connection is the preset's top-level snowflake: section.")
public final class ExtractCommand implements Callable<Integer> {
  /** The flags' defaults: {@link ExtractOptions#defaults()}. */
  public static final class Defaults extends StageDefaults {
    public Defaults() {
      super(ExtractOptions.defaults());
    }
  }

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "KIND",
      description = "duckdb, file or snowflake (default: file with --events-file, else duckdb).")
  ExtractOptions.Source source;

  @Option(names = "--duckdb", paramLabel = "FILE",
      description = "DuckDB file (default: ${DEFAULT-VALUE}).")
  Path duckdb;

  @Option(names = "--events-file", paramLabel = "FILE",
      description = "A CSV or Parquet export of the events table.")
  Path eventsFile;

  @Option(names = "--table", paramLabel = "NAME",
      description = "Events table, optionally qualified (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(names = "--sample-users", paramLabel = "N",
      description = "Users (default: ${DEFAULT-VALUE}).")
  Integer sampleUsers;

  @Option(names = "--seed", paramLabel = "S", description = "Sampling seed (default:"
      + " ${DEFAULT-VALUE}).")
  Long seed;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "First day of the window (default: 28 days before --until).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD",
      description = "Day after the window's last day, exclusive (default: today, UTC).")
  LocalDate until;

  @Override
  public Integer call() throws Exception {
    ExtractOptions options = StageConfig.resolve(
        ExtractOptions.defaults(), common.config(), "extract", spec);
    ExtractJob job = new ExtractJob(options, common.layout(), System.getenv(),
        LocalDate.now(ZoneOffset.UTC));
    spec.commandLine().getOut().println(job.run());
    return 0;
  }
}
