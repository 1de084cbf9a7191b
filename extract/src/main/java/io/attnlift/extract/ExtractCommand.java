package io.attnlift.extract;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.StageConfig;
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
    description = "Sample N users with events in [since, until), then all of their events there,"
        + " from DuckDB, a CSV/Parquet export or Snowflake, into runs/<run-id>/extract/.")
public final class ExtractCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "KIND",
      description = "duckdb, file or snowflake (default: file with --events-file, else duckdb).")
  String source;

  @Option(names = "--duckdb", paramLabel = "FILE",
      description = "DuckDB file (default: data/attnlift.duckdb).")
  String duckdb;

  @Option(names = "--events-file", paramLabel = "FILE",
      description = "A CSV or Parquet export of the events table.")
  String eventsFile;

  @Option(names = "--table", paramLabel = "NAME",
      description = "Events table, optionally qualified (default: EVENTS).")
  String table;

  @Option(names = "--sample-users", paramLabel = "N", description = "Users (default: 10000).")
  String sampleUsers;

  @Option(names = "--seed", paramLabel = "S", description = "Sampling seed (default: 42).")
  String seed;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "First day of the window (default: 28 days before --until).")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD",
      description = "Day after the window's last day, exclusive (default: today, UTC).")
  String until;

  @Option(names = "--account", paramLabel = "ACCOUNT", description = "Snowflake account.")
  String account;

  @Option(names = "--user", paramLabel = "USER", description = "Snowflake user.")
  String user;

  @Option(names = "--role", paramLabel = "ROLE", description = "Snowflake role.")
  String role;

  @Option(names = "--warehouse", paramLabel = "WH", description = "Snowflake warehouse.")
  String warehouse;

  @Option(names = "--database", paramLabel = "DB", description = "Snowflake database.")
  String database;

  @Option(names = "--schema", paramLabel = "SCHEMA", description = "Snowflake schema.")
  String schema;

  @Override
  public Integer call() throws Exception {
    ExtractOptions options = StageConfig.resolve(
        ExtractOptions.defaults(), common.config(), "extract", Flags.given(spec)).checked();
    ExtractJob job = new ExtractJob(options, common.layout(), System.getenv(),
        LocalDate.now(ZoneOffset.UTC));
    spec.commandLine().getOut().println(job.run());
    return 0;
  }
}
