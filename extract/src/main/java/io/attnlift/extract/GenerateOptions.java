package io.attnlift.extract;

import io.attnlift.common.StageException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The options of {@code generate}, resolved once: code defaults, the preset's {@code generate}
 * section, then the flags.
 *
 * @param duckdb the DuckDB file the world is written into
 * @param table the events table's name
 * @param users how many users
 * @param seed the seed: the same seed, world and end date give the same data
 * @param world a built-in world ({@code default}, {@code alt}, {@code midcart}, {@code stores},
 *     {@code features}, {@code positions}) or a YAML world file
 * @param endDate the day after the data's last day (YYYY-MM-DD); empty means today (UTC)
 * @param csv also export the events table as CSV to this file; empty means no
 * @param parquet also export the events table as Parquet to this file; empty means no
 */
public record GenerateOptions(
    String duckdb,
    String table,
    int users,
    long seed,
    String world,
    String endDate,
    String csv,
    String parquet) {

  public static GenerateOptions defaults() {
    return new GenerateOptions("data/attnlift.duckdb", "EVENTS", 10_000, 42, "default", "", "",
        "");
  }

  /** The end date (exclusive), today in UTC when unset. */
  public LocalDate end() {
    if (endDate == null || endDate.isBlank()) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(endDate);
    } catch (DateTimeParseException e) {
      throw StageException.badInput("bad --end-date '%s': expected YYYY-MM-DD", endDate);
    }
  }

  /** Checks the values a flag or preset may have got wrong. */
  public GenerateOptions checked() {
    if (users < 1) {
      throw StageException.badInput("--users must be at least 1, got %d", users);
    }
    if (duckdb == null || duckdb.isBlank()) {
      throw StageException.badInput("--duckdb must name a file");
    }
    SqlNames.column(table, "the events table");
    end();
    return this;
  }
}
