package io.attnlift.extract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.attnlift.common.StageException;
import io.attnlift.common.StageOptions;
import io.attnlift.common.warehouse.Identifiers;
import io.attnlift.common.warehouse.SnowflakeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@code extract}, resolved once: code defaults, the preset's {@code extract}
 * section (and its top-level {@code snowflake} section), then the flags. Holds no secret:
 * credentials come only from the environment.
 *
 * @param source where the events are; null picks {@code file} when an events file is given,
 *     else {@code duckdb}
 * @param duckdb the DuckDB file
 * @param eventsFile a CSV or Parquet export of the events table, or null
 * @param table the events table, optionally qualified
 * @param sampleUsers how many users to sample
 * @param seed the sampling seed: users are ranked by md5 of {@code "<seed>:<user id>"}
 * @param since the window's first day (inclusive); null: 28 days before until
 * @param until the window's end (exclusive); null: today (UTC)
 * @param maxRejectedShare the stage fails when more rows than this share are unusable
 * @param columns where each contract column comes from, for tables and exports named otherwise:
 *     the table's column name, or {@code {value: <constant>}} for a column the table lacks
 * @param sessionize the table has no session id: cut each user's events into sessions where
 *     they are idle for longer than {@code sessionGap}
 * @param sessionGap the inactivity that ends a session when sessionizing
 * @param eventTsEpoch the unit of an EVENT_TS that holds epoch numbers ({@code seconds},
 *     {@code milliseconds}), or null for a timestamp column
 * @param snowflake the Snowflake connection (the preset's {@code snowflake:} section)
 * @param fetchSize JDBC fetch size
 * @param rowsPerFile events per Parquet file
 */
public record ExtractOptions(
    Source source,
    Path duckdb,
    Path eventsFile,
    String table,
    int sampleUsers,
    long seed,
    LocalDate since,
    LocalDate until,
    double maxRejectedShare,
    Map<String, ColumnSource> columns,
    boolean sessionize,
    Duration sessionGap,
    Epoch eventTsEpoch,
    SnowflakeSettings snowflake,
    int fetchSize,
    long rowsPerFile) implements StageOptions {

  /** Where the events come from. */
  public enum Source {
    DUCKDB, FILE, SNOWFLAKE;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Source parse(String id) {
      for (Source s : values()) {
        if (s.toString().equalsIgnoreCase(id.trim())) {
          return s;
        }
      }
      throw StageException.badInput("bad --source '%s': use duckdb, file or snowflake", id);
    }
  }

  /** The unit of epoch numbers in EVENT_TS. */
  public enum Epoch {
    SECONDS, MILLISECONDS;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Epoch parse(String id) {
      for (Epoch e : values()) {
        if (e.toString().equalsIgnoreCase(id.trim())) {
          return e;
        }
      }
      throw StageException.badInput("bad event-ts-epoch '%s': use seconds or milliseconds", id);
    }
  }

  public ExtractOptions {
    columns = columns == null ? Map.of() : Map.copyOf(columns);
    snowflake = snowflake == null ? SnowflakeSettings.defaults() : snowflake;
  }

  public static ExtractOptions defaults() {
    return new ExtractOptions(null, Path.of("data/attnlift.duckdb"), null, "EVENTS", 10_000, 42,
        null, null, 0.01, Map.of(), false, Duration.ofMinutes(30), null,
        SnowflakeSettings.defaults(), 10_000, 2_000_000L);
  }

  /** How the table's columns become the contract's. */
  public Columns columnMapping() {
    return Columns.of(columns, sessionize ? sessionGap : null, eventTsEpoch);
  }

  /** The source, resolved. */
  public Source sourceKind() {
    if (source != null) {
      return source;
    }
    return eventsFile == null ? Source.DUCKDB : Source.FILE;
  }

  /** The window, with defaults relative to {@code today} (UTC). */
  public Window window(LocalDate today) {
    LocalDate end = until == null ? today : until;
    LocalDate start = since == null ? end.minusDays(28) : since;
    if (!start.isBefore(end)) {
      throw StageException.badInput(
          "empty window: --since %s is not before --until %s (until is exclusive)", start, end);
    }
    return new Window(start, end);
  }

  /** The stage's one check of what a flag or preset may have got wrong. */
  @Override
  public void validate() {
    if (sourceKind() == Source.FILE && eventsFile == null) {
      throw StageException.badInput("--source file needs --events-file");
    }
    if (sourceKind() != Source.FILE && eventsFile != null) {
      throw StageException.badInput("--events-file %s and --source %s contradict each other: an"
          + " events file is read with --source file (or without --source)", eventsFile,
          sourceKind());
    }
    if (sessionGap == null || sessionGap.isNegative() || sessionGap.isZero()) {
      throw StageException.badInput("session-gap must be positive, got %s", sessionGap);
    }
    if (sampleUsers < 1) {
      throw StageException.badInput("--sample-users must be at least 1, got %d", sampleUsers);
    }
    if (maxRejectedShare < 0 || maxRejectedShare > 1) {
      throw StageException.badInput("max-rejected-share must be in [0, 1], got %s",
          maxRejectedShare);
    }
    if (fetchSize < 1 || rowsPerFile < 1) {
      throw StageException.badInput("fetch-size and rows-per-file must be at least 1");
    }
    Identifiers.table("--table", table);
    columnMapping();
    snowflake.validate();
    if (since != null && until != null) {
      window(until);
    }
  }
}
