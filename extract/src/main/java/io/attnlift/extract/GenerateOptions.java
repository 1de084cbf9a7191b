package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.StageOptions;
import io.attnlift.common.warehouse.Identifiers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
 * @param endDate the day after the data's last day; null means today (UTC)
 * @param csv also export the events table as CSV to this file, or null
 * @param parquet also export the events table as Parquet to this file, or null
 */
public record GenerateOptions(
    Path duckdb,
    String table,
    int users,
    long seed,
    String world,
    LocalDate endDate,
    Path csv,
    Path parquet) implements StageOptions {

  public static GenerateOptions defaults() {
    return new GenerateOptions(Path.of("data/attnlift.duckdb"), "EVENTS", 10_000, 42, "default",
        null, null, null);
  }

  /** The end date (exclusive), today in UTC when unset. */
  public LocalDate end() {
    return endDate == null ? LocalDate.now(ZoneOffset.UTC) : endDate;
  }

  /** The stage's one check of the values a flag or preset may have got wrong. */
  @Override
  public void validate() {
    if (users < 1) {
      throw StageException.badInput("--users must be at least 1, got %d", users);
    }
    if (duckdb == null || duckdb.toString().isBlank()) {
      throw StageException.badInput("--duckdb must name a file");
    }
    Identifiers.sql("--table", table);
  }
}
