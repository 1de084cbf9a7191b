package io.attnlift.attribute;

import io.attnlift.common.warehouse.WarehouseErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a variant's tables back to the warehouse: the tables are created if missing, then in one
 * transaction the rows of this run id and variant are deleted and the new rows inserted, so a
 * rerun replaces its own rows and nothing else.
 */
final class WriteBack {
  private static final Logger LOG = LoggerFactory.getLogger(WriteBack.class);

  /** Opens a connection to the warehouse (the caller closes it). */
  interface ConnectionSource {
    /** Connects; a failure is a {@code StageException} with its exit code. */
    Connection open();

    /** For logs and messages: never holds a secret. */
    String describe();

    /** The secrets to blank out of any message. */
    default String[] secrets() {
      return new String[0];
    }

    /**
     * The catalog to qualify table names with, or null: DuckDB names its catalog after the
     * file, which clashes with a schema of the same name (attnlift.duckdb and ATTNLIFT).
     */
    default String catalog(Connection c) throws SQLException {
      return null;
    }
  }

  private final ConnectionSource source;
  private final WarehouseSql sql;

  WriteBack(ConnectionSource source, WarehouseSql sql) {
    this.source = source;
    this.sql = sql;
  }

  /** Replaces the rows of {@code runId} and {@code variant} in every table. */
  void write(String runId, String variant, List<Table> tables) {
    Connection c = source.open();
    try (c) {
      WarehouseSql sql = this.sql.inCatalog(source.catalog(c));
      try (Statement st = c.createStatement()) {
        st.execute(sql.createSchema());
        for (Table t : tables) {
          st.execute(sql.createTable(t.name(), t.schema()));
        }
      }
      c.setAutoCommit(false);
      try {
        for (Table t : tables) {
          replace(c, sql, runId, variant, t);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      LOG.info("wrote {} tables of run {} variant {} to {}", tables.size(), runId, variant,
          source.describe());
    } catch (SQLException e) {
      throw WarehouseErrors.map(e, "writing back the tables", source.describe(),
          source.secrets());
    }
  }

  private static void replace(
      Connection c, WarehouseSql sql, String runId, String variant, Table t)
      throws SQLException {
    try (PreparedStatement del = c.prepareStatement(sql.delete(t.name()))) {
      del.setString(1, runId);
      del.setString(2, variant);
      del.executeUpdate();
    }
    Schema schema = t.schema();
    try (PreparedStatement ins = c.prepareStatement(sql.insert(t.name(), schema))) {
      for (GenericRecord r : t.rows()) {
        ins.setString(1, runId);
        ins.setString(2, variant);
        int p = 3;
        for (Schema.Field f : schema.getFields()) {
          bind(ins, p++, r.get(f.name()), WarehouseSql.type(f.schema()));
        }
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, int i, Object v, String type)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, switch (type) {
        case "DOUBLE" -> Types.DOUBLE;
        case "BIGINT" -> Types.BIGINT;
        case "INTEGER" -> Types.INTEGER;
        case "BOOLEAN" -> Types.BOOLEAN;
        default -> Types.VARCHAR;
      });
    } else if (v instanceof Double d) {
      ps.setDouble(i, d);
    } else if (v instanceof Long l) {
      ps.setLong(i, l);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof Boolean b) {
      ps.setBoolean(i, b);
    } else {
      ps.setString(i, v.toString());
    }
  }
}
