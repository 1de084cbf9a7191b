package io.attnlift.extract;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.StageException;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.warehouse.WarehouseErrors;
import io.attnlift.extract.world.WorldTables;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Copies the generator's truth for the sampled sessions ({@code session_truth/}) and the world's
 * ground truth ({@code ground_truth.json}) from a DuckDB file written by {@code generate}.
 */
final class TruthCopy {
  private final EventSource source;
  private final Columns columns;
  private final Window window;
  private final ExtractOptions options;

  TruthCopy(EventSource source, Columns columns, Window window, ExtractOptions options) {
    this.source = source;
    this.columns = columns;
    this.window = window;
    this.options = options;
  }

  void writeTo(Path outDir, Manifests.Builder manifest) throws Exception {
    String where = SchemaCheck.where(source);
    String sql = source.dialect().sql("truth", source.table(), columns, options.sampleUsers());
    long rows;
    try (EventsWriter w = new EventsWriter(outDir.resolve("session_truth"),
            Contract.SESSION_TRUTH, options.rowsPerFile());
        PreparedStatement ps = source.connection().prepareStatement(sql)) {
      ExtractJob.bindWindowAndSeed(ps, window, options.seed());
      ps.setFetchSize(options.fetchSize());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          GenericRecord r = new GenericData.Record(Contract.SESSION_TRUTH.schema());
          r.put("session_id", rs.getString(1));
          r.put("user_id", rs.getString(2));
          r.put("true_probability", rs.getDouble(3));
          r.put("events_only_probability", rs.getDouble(4));
          r.put("converted", rs.getBoolean(5));
          w.write(r);
        }
      }
      rows = w.rows();
    } catch (SQLException e) {
      throw WarehouseErrors.map(e, "reading the session truth", where);
    }
    manifest.dataset(outDir, "session_truth", Contract.SESSION_TRUTH, rows);
    manifest.json(outDir, GroundTruthJson.CONTRACT, groundTruth(where));
  }

  private GroundTruthJson groundTruth(String where) throws Exception {
    try (Statement s = source.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT GROUND_TRUTH FROM "
            + Dialect.DUCKDB.quote(WorldTables.GROUND_TRUTH))) {
      if (!rs.next()) {
        throw StageException.badInput("%s: %s is empty", where, WorldTables.GROUND_TRUTH);
      }
      return GroundTruthJson.CONTRACT.parse(rs.getString(1),
          where + " table " + WorldTables.GROUND_TRUTH);
    }
  }
}
