package io.attnlift.extract;

import io.attnlift.common.StageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@code extract}, resolved once: code defaults, the preset's {@code extract}
 * section, then the flags. Holds no secret: credentials come only from the environment.
 *
 * @param source {@code duckdb}, {@code file} or {@code snowflake}; empty picks {@code file} when
 *     an events file is given, else {@code duckdb}
 * @param duckdb the DuckDB file
 * @param eventsFile a CSV or Parquet export of the events table
 * @param table the events table, optionally qualified
 * @param sampleUsers how many users to sample
 * @param seed the sampling seed: users are ranked by md5 of {@code "<seed>:<user id>"}
 * @param since the window's first day (inclusive), YYYY-MM-DD; empty: 28 days before until
 * @param until the window's end (exclusive), YYYY-MM-DD; empty: today (UTC)
 * @param maxRejectedShare the stage fails when more rows than this share are unusable
 * @param columns warehouse column names by contract column, for tables named otherwise
 * @param account Snowflake account identifier
 * @param user Snowflake user
 * @param role Snowflake role
 * @param warehouse Snowflake warehouse
 * @param database Snowflake database
 * @param schema Snowflake schema
 * @param host Snowflake host, when not {@code <account>.snowflakecomputing.com}
 * @param port Snowflake port
 * @param loginTimeoutSeconds how long one Snowflake login attempt may take
 * @param connectAttempts how many times an unreachable warehouse is tried before exit 75
 * @param fetchSize JDBC fetch size
 * @param rowsPerFile events per Parquet file
 */
public record ExtractOptions(
    String source,
    String duckdb,
    String eventsFile,
    String table,
    int sampleUsers,
    long seed,
    String since,
    String until,
    double maxRejectedShare,
    Map<String, String> columns,
    String account,
    String user,
    String role,
    String warehouse,
    String database,
    String schema,
    String host,
    int port,
    int loginTimeoutSeconds,
    int connectAttempts,
    int fetchSize,
    long rowsPerFile) {

  public ExtractOptions {
    columns = columns == null ? Map.of() : Map.copyOf(columns);
  }

  public static ExtractOptions defaults() {
    return new ExtractOptions("", "data/attnlift.duckdb", "", "EVENTS", 10_000, 42, "", "",
        0.01, Map.of(), "", "", "", "", "", "", "", 443, 60, 3, 10_000, 2_000_000L);
  }

  /** The source kind, resolved. */
  public String sourceKind() {
    if (source == null || source.isBlank()) {
      return eventsFile == null || eventsFile.isBlank() ? "duckdb" : "file";
    }
    return source.toLowerCase(Locale.ROOT);
  }

  /** The window, with defaults relative to {@code today} (UTC). */
  public Window window(LocalDate today) {
    LocalDate end = blank(until) ? today : date(until, "--until");
    LocalDate start = blank(since) ? end.minusDays(28) : date(since, "--since");
    if (!start.isBefore(end)) {
      throw StageException.badInput(
          "empty window: --since %s is not before --until %s (until is exclusive)", start, end);
    }
    return new Window(start, end);
  }

  /** Checks what a flag or preset may have got wrong. */
  public ExtractOptions checked() {
    String kind = sourceKind();
    if (!kind.equals("duckdb") && !kind.equals("file") && !kind.equals("snowflake")) {
      throw StageException.badInput("bad --source '%s': use duckdb, file or snowflake", source);
    }
    if (kind.equals("file") && blank(eventsFile)) {
      throw StageException.badInput("--source file needs --events-file");
    }
    if (sampleUsers < 1) {
      throw StageException.badInput("--sample-users must be at least 1, got %d", sampleUsers);
    }
    if (maxRejectedShare < 0 || maxRejectedShare > 1) {
      throw StageException.badInput("max-rejected-share must be in [0, 1], got %s",
          maxRejectedShare);
    }
    if (fetchSize < 1 || rowsPerFile < 1 || connectAttempts < 1 || loginTimeoutSeconds < 1) {
      throw StageException.badInput(
          "fetch-size, rows-per-file, connect-attempts and login-timeout-seconds must be >= 1");
    }
    SqlNames.table(table);
    Columns.of(columns);
    return this;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate date(String s, String flag) {
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw StageException.badInput("bad %s '%s': expected YYYY-MM-DD", flag, s);
    }
  }
}
