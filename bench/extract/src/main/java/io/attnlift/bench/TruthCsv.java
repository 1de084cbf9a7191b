package io.attnlift.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes a generated world's truth per session as the CSV the PyTorch reference reads
 * ({@code SESSION_ID, TRUE_P, CONVERTED, P_EVENTS_ONLY}), from the DuckDB file {@code generate}
 * wrote. Run by {@code bench/reference/run.sh} from this module's jar (the extract stage's
 * classpath, DuckDB's driver included): {@code TruthCsv <world.duckdb> <session_truth.csv>}.
 */
public final class TruthCsv {
  private TruthCsv() {}

  public static void main(String[] args) throws Exception {
    String out = args[1].replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT SESSION_ID, TRUE_PROBABILITY AS TRUE_P,"
          + " CAST(CONVERTED AS INTEGER) AS CONVERTED, EVENTS_ONLY_PROBABILITY AS P_EVENTS_ONLY"
          + " FROM ATTNLIFT_SESSION_TRUTH ORDER BY SESSION_ID) TO '" + out + "' (HEADER)");
    }
  }
}
