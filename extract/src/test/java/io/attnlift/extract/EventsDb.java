package io.attnlift.extract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Builds tiny events tables in real DuckDB files for tests. */
final class EventsDb {
  static final String DDL = "USER_ID VARCHAR, SESSION_ID VARCHAR, EVENT_TS TIMESTAMP,"
      + " EVENT_TYPE VARCHAR, EVENT VARCHAR, DISCOVERY_FEATURE VARCHAR, STORE_ID VARCHAR,"
      + " STORE_NAME VARCHAR, PRIMARY_TAG_NAME VARCHAR, PRIMARY_CATEGORY_NAME VARCHAR,"
      + " IS_NV BOOLEAN";

  private final List<Object[]> rows = new ArrayList<>();

  /** An event; {@code ts} as {@code 2026-11-02 10:00:00}; {@code store} null for none. */
  EventsDb event(String user, String session, String ts, String event, String store) {
    String type = event.startsWith("m_card_view") ? "impression"
        : event.startsWith("m_card_click") ? "click" : "page_load";
    rows.add(new Object[] {user, session, ts, type, event, store == null ? null : "Home Feed",
        store, store == null ? null : "Store " + store, store == null ? null : "Pizza",
        store == null ? null : "Italian", store == null ? null : Boolean.FALSE});
    return this;
  }

  /** A raw row of eleven values in contract order. */
  EventsDb row(Object... values) {
    rows.add(values);
    return this;
  }

  /** Writes the rows into {@code table} of a DuckDB file, with the given column DDL. */
  Path write(Path file, String table, String ddl) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE " + table + " (" + ddl + ")");
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Object[] r : rows) {
          for (int i = 0; i < 11; i++) {
            p.setObject(i + 1, r[i]);
          }
          p.executeUpdate();
        }
      }
    }
    return file;
  }

  Path write(Path file) throws SQLException {
    return write(file, "EVENTS", DDL);
  }
}
