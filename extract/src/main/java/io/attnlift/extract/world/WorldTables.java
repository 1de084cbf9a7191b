package io.attnlift.extract.world;

import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.warehouse.DuckDb;
import io.attnlift.common.warehouse.Identifiers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a generated world into a DuckDB file: the events table (upper-case warehouse columns),
 * the truth per session and the ground truth. Rows go into staging tables through DuckDB
 * appenders; {@link #commit} then replaces the tables this tool owns in one transaction, so a
 * rerun is safe and a failed run leaves the previous world in place.
 */
public final class WorldTables implements WorldGenerator.Sink, AutoCloseable {
  /** The truth per session, beside the events table. */
  public static final String SESSION_TRUTH = "ATTNLIFT_SESSION_TRUTH";
  /** One row: the world's name and its ground truth as JSON. */
  public static final String GROUND_TRUTH = "ATTNLIFT_GROUND_TRUTH";
  private static final String STAGING = "__attnlift_new";

  static final String EVENTS_COLUMNS =
      "USER_ID VARCHAR, SESSION_ID VARCHAR, EVENT_TS TIMESTAMP, EVENT_TYPE VARCHAR,"
          + " EVENT VARCHAR, DISCOVERY_FEATURE VARCHAR, STORE_ID VARCHAR, STORE_NAME VARCHAR,"
          + " PRIMARY_TAG_NAME VARCHAR, PRIMARY_CATEGORY_NAME VARCHAR, IS_NV BOOLEAN";
  private static final String TRUTH_COLUMNS =
      "SESSION_ID VARCHAR, USER_ID VARCHAR, TRUE_PROBABILITY DOUBLE,"
          + " EVENTS_ONLY_PROBABILITY DOUBLE, CONVERTED BOOLEAN";

  private final Connection conn;
  private final String events;
  private final DuckDBAppender eventRows;
  private final DuckDBAppender truthRows;
  private long rows;

  private WorldTables(Connection conn, String events) throws SQLException {
    this.conn = conn;
    this.events = events;
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE " + q(events + STAGING) + " (" + EVENTS_COLUMNS + ")");
      s.execute("CREATE OR REPLACE TABLE " + q(SESSION_TRUTH + STAGING) + " (" + TRUTH_COLUMNS
          + ")");
    }
    DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
    this.eventRows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, events + STAGING);
    this.truthRows =
        duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, SESSION_TRUTH + STAGING);
  }

  /** Opens (or creates) the DuckDB file and its staging tables. */
  public static WorldTables open(Path dbFile, String eventsTable) throws SQLException {
    Identifiers.sql("the events table", eventsTable);
    try {
      Path parent = dbFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create the folder of " + dbFile, e);
    }
    Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath());
    try {
      return new WorldTables(c, eventsTable);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  @Override
  public void accept(SimSession s) throws SQLException {
    for (SimEvent e : s.events()) {
      eventRows.beginRow()
          .append(s.userId())
          .append(s.sessionId())
          .appendEpochMicros(e.tsMicros())
          .append(e.type())
          .append(e.event());
      nullable(eventRows, e.feature());
      Store st = e.store();
      nullable(eventRows, st == null ? null : st.id());
      nullable(eventRows, st == null ? null : st.name());
      nullable(eventRows, st == null ? null : st.tag());
      nullable(eventRows, st == null ? null : st.category());
      if (st == null) {
        eventRows.appendNull();
      } else {
        eventRows.append(st.nv());
      }
      eventRows.endRow();
      rows++;
    }
    truthRows.beginRow()
        .append(s.sessionId())
        .append(s.userId())
        .append(s.trueProbability())
        .append(s.eventsOnlyProbability())
        .append(s.converted())
        .endRow();
  }

  private static void nullable(DuckDBAppender a, String v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else {
      a.append(v);
    }
  }

  /** Rows appended to the events table so far. */
  public long rows() {
    return rows;
  }

  /** Replaces the owned tables with the staged ones, in one transaction. */
  public void commit(String world, GroundTruthJson groundTruth) throws Exception {
    eventRows.close();
    truthRows.close();
    String json = GroundTruthJson.CONTRACT.toJson(groundTruth);
    conn.setAutoCommit(false);
    try (Statement s = conn.createStatement()) {
      for (String t : List.of(events, SESSION_TRUTH)) {
        s.execute("DROP TABLE IF EXISTS " + q(t));
        s.execute("ALTER TABLE " + q(t + STAGING) + " RENAME TO " + q(t));
      }
      s.execute("CREATE OR REPLACE TABLE " + q(GROUND_TRUTH)
          + " (WORLD VARCHAR, GROUND_TRUTH VARCHAR)");
      try (PreparedStatement p =
          conn.prepareStatement("INSERT INTO " + q(GROUND_TRUTH) + " VALUES (?, ?)")) {
        p.setString(1, world);
        p.setString(2, json);
        p.executeUpdate();
      }
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** Exports the committed events table as CSV (with a header) or Parquet, atomically. */
  public void export(Path file, boolean parquet) throws Exception {
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
    String format = parquet ? "(FORMAT PARQUET)" : "(FORMAT CSV, HEADER)";
    try (Statement s = conn.createStatement()) {
      s.execute("COPY (SELECT * FROM " + q(events) + ") TO " + DuckDb.literal(tmp.toString())
          + " " + format);
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String q(String name) {
    return Identifiers.quote(name, false);
  }

  /** Closes the connection; staging tables of an uncommitted run are dropped. */
  @Override
  public void close() throws SQLException {
    try (conn) {
      eventRows.close();
      truthRows.close();
      try (Statement s = conn.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + q(events + STAGING));
        s.execute("DROP TABLE IF EXISTS " + q(SESSION_TRUTH + STAGING));
      }
    }
  }
}
