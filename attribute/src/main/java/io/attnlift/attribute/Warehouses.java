package io.attnlift.attribute;

import io.attnlift.common.warehouse.DuckDb;
import io.attnlift.common.warehouse.Snowflake;
import io.attnlift.common.warehouse.SnowflakeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The warehouses the write-back can reach, through common's one connection of each: the embedded
 * DuckDB file (created when missing, with its folder) or Snowflake, configured from the preset's
 * {@code snowflake:} section with its secret only from the environment.
 */
final class Warehouses {
  /**
   * How long the DuckDB write-back waits for another process's lock on the file (the other
   * variant's attribute running beside this one) before reporting it as transient.
   */
  static final Duration LOCK_WAIT = Duration.ofSeconds(60);

  private Warehouses() {}

  /** The DuckDB file as a connection source. */
  static WriteBack.ConnectionSource duckdb(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return new WriteBack.ConnectionSource() {
      @Override
      public Connection open() {
        try {
          Files.createDirectories(abs.getParent());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return DuckDb.connect("jdbc:duckdb:" + abs, new Properties(), abs.toString(),
            LOCK_WAIT);
      }

      @Override
      public String describe() {
        return "duckdb:" + abs;
      }

      @Override
      public String catalog(Connection c) throws SQLException {
        try (var st = c.createStatement();
            var rs = st.executeQuery("SELECT current_database()")) {
          rs.next();
          return rs.getString(1);
        }
      }
    };
  }

  /** Snowflake as a connection source; checks the settings and credentials first. */
  static WriteBack.ConnectionSource snowflake(SnowflakeSettings s, Map<String, String> env,
      String runId) {
    Snowflake.Login login = Snowflake.login(s, env, "attnlift attribute run " + runId);
    return new WriteBack.ConnectionSource() {
      @Override
      public Connection open() {
        return Snowflake.connect(login, s.connectAttempts());
      }

      @Override
      public String describe() {
        return login.where();
      }

      @Override
      public String[] secrets() {
        return login.secrets();
      }
    };
  }
}
