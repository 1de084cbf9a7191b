package io.attnlift.extract;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * An open connection to where the events table lives, and how to address it: made by
 * {@link DuckDbSource}, {@link FileSource} or {@link SnowflakeSource}.
 *
 * @param dialect the SQL dialect
 * @param connection the open connection; closing the source closes it
 * @param table the checked table (or view) name to query
 * @param describe what the source is, for messages and the manifest: never a secret
 * @param hasTruth whether the generator's truth tables sit beside the events
 */
public record EventSource(Dialect dialect, Connection connection, String table,
    Map<String, Object> describe, boolean hasTruth) implements AutoCloseable {

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
