package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.DuckDb;
import io.attnlift.extract.world.WorldTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The embedded warehouse: a DuckDB file opened read-only (results streamed), or an in-memory
 * DuckDB over a file export ({@link FileSource}). Sessions run in UTC.
 */
public final class DuckDbSource {
  private DuckDbSource() {}

  /** Opens a DuckDB file read-only; a missing file or table is bad input (exit 2). */
  public static EventSource open(Path file, String table) {
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput(
          "DuckDB file %s does not exist: run `attnlift generate` first, or pass --duckdb or"
              + " --events-file", file);
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    Connection c = connect("jdbc:duckdb:" + file.toAbsolutePath(), p, file.toString());
    try {
      boolean truth = exists(c, WorldTables.SESSION_TRUTH) && exists(c, WorldTables.GROUND_TRUTH);
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("kind", "duckdb");
      d.put("file", file.toString());
      d.put("table", table);
      return new EventSource(Dialect.DUCKDB, c, table, d, truth);
    } catch (SQLException e) {
      closeAfter(c, e);
      throw StageException.badInput("cannot read DuckDB file %s: %s", file, e.getMessage());
    }
  }

  /** Connects with streamed results and UTC; a locked file is transient (exit 75). */
  static Connection connect(String url, Properties p, String what) {
    return DuckDb.connect(url, p, what, Duration.ZERO);
  }

  static boolean exists(Connection c, String table) throws SQLException {
    try (var ps = c.prepareStatement(
        "SELECT COUNT(*) FROM information_schema.tables WHERE upper(table_name) = upper(?)")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** Closes a connection whose setup failed with {@code cause}, keeping a close failure too. */
  static void closeAfter(Connection c, Exception cause) {
    try {
      c.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
