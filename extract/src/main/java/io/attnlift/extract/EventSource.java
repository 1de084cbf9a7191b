package io.attnlift.extract;

import java.sql.Connection;
import java.util.Map;

/** An open connection to where the events table lives, and how to address it. */
public interface EventSource extends AutoCloseable {
  /** The SQL dialect. */
  Dialect dialect();

  /** The open connection; the source closes it. */
  Connection connection();

  /** The checked table (or view) name to query. */
  String table();

  /** What the source is, for messages and the manifest: never a secret. */
  Map<String, Object> describe();

  /** Whether the generator's truth tables sit beside the events. */
  default boolean hasTruth() {
    return false;
  }

  @Override
  void close() throws java.sql.SQLException;
}
