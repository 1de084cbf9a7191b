package io.attnlift.common.json;

import java.util.Map;

/**
 * The extract stage's manifest stats: where the events came from, the window, what was sampled
 * and what was rejected. Read by the report.
 *
 * @param source the source of the events
 * @param window the window of event time
 * @param seed the sampling seed
 * @param sampleUsersRequested users asked for
 * @param usersInWindow users with usable events in the window
 * @param usersSampled users sampled
 * @param rows events written
 * @param sessions sessions written
 * @param duplicateRows exact duplicate rows among them (removed later, by preprocess)
 * @param tableRows rows of the source table
 * @param windowRows rows of the source table in the window
 * @param rejected rows rejected, by reason
 * @param rejectedRows rows rejected in all
 */
public record ExtractStats(
    Source source,
    Window window,
    long seed,
    int sampleUsersRequested,
    long usersInWindow,
    long usersSampled,
    long rows,
    long sessions,
    long duplicateRows,
    long tableRows,
    long windowRows,
    Map<String, Long> rejected,
    long rejectedRows) {

  public static final JsonContract<ExtractStats> CONTRACT =
      JsonContract.of("extract_stats", null, ExtractStats.class, 1);

  /**
   * Where the events came from; a part that does not apply is empty.
   *
   * @param kind duckdb, file or snowflake
   * @param file the DuckDB file or the export
   * @param table the table read
   * @param account the Snowflake account
   * @param user the Snowflake user
   * @param role the Snowflake role
   * @param warehouse the Snowflake warehouse
   * @param auth key-pair or password (never the secret)
   */
  public record Source(String kind, String file, String table, String account, String user,
      String role, String warehouse, String auth) {}

  /**
   * The window of event time.
   *
   * @param since the first day (inclusive), YYYY-MM-DD
   * @param until the day after the last (exclusive), YYYY-MM-DD
   */
  public record Window(String since, String until) {}
}
