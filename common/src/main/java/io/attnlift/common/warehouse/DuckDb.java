package io.attnlift.common.warehouse;

import io.attnlift.common.StageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a stage opens DuckDB (the driver is on the stage's own classpath): results
 * streamed, the session in UTC, and a file locked by another process (DuckDB lets one process
 * write a file at a time) waited for up to a bound, then reported as transient (exit 75).
 */
public final class DuckDb {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDb.class);

  private DuckDb() {}

  /**
   * Connects to {@code url} ({@code jdbc:duckdb:<file>}, or {@code jdbc:duckdb:} in memory).
   *
   * @param properties driver properties (e.g. {@code duckdb.read_only})
   * @param what the database for messages, e.g. its file
   * @param lockWait how long to wait for another process's lock
   */
  public static Connection connect(String url, Properties properties, String what,
      Duration lockWait) {
    Properties p = new Properties();
    p.putAll(properties);
    p.setProperty("jdbc_stream_results", "true");
    long deadline = System.nanoTime() + lockWait.toNanos();
    for (long pause = 250; ; pause = Math.min(2 * pause, 4000)) {
      try {
        Connection c = DriverManager.getConnection(url, p);
        try (Statement s = c.createStatement()) {
          s.execute("SET TimeZone = 'UTC'");
        }
        return c;
      } catch (SQLException e) {
        WarehouseErrors.Kind kind = WarehouseErrors.classify(e);
        if (kind == WarehouseErrors.Kind.BUSY && System.nanoTime() + pause * 1_000_000 < deadline) {
          LOG.info("DuckDB {} is locked by another process; retrying in {} ms", what, pause);
          pause(pause, "for a DuckDB lock");
          continue;
        }
        if (kind == WarehouseErrors.Kind.BUSY) {
          throw WarehouseErrors.map(e, "opening it", "DuckDB " + what);
        }
        throw StageException.badInput("cannot open DuckDB %s: %s", what, e.getMessage());
      }
    }
  }

  /** A value as a SQL string literal, for the file paths DuckDB cannot take as parameters. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** Waits before a retry; an interrupt ends the stage (exit 1). */
  static void pause(long millis, String why) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StageException.failure("interrupted while waiting " + why, e);
    }
  }
}
