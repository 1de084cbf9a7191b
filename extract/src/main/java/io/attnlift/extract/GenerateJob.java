package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.extract.world.TruthTally;
import io.attnlift.extract.world.WorldGenerator;
import io.attnlift.extract.world.WorldSpec;
import io.attnlift.extract.world.WorldTables;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Generates a world and writes it, with its truth, into the DuckDB file (and exports). */
public final class GenerateJob {
  private static final Logger LOG = LoggerFactory.getLogger(GenerateJob.class);

  private final GenerateOptions options;

  public GenerateJob(GenerateOptions options) {
    this.options = options;
  }

  /** Runs the generator; returns a one-line summary. */
  public String run() throws Exception {
    WorldSpec world = WorldSpec.load(options.world());
    LocalDate end = options.end();
    long started = System.nanoTime();
    WorldGenerator gen = new WorldGenerator(world, options.seed(), options.users(), end);
    Path db = options.duckdb();
    TruthTally tally;
    long rows;
    try (WorldTables tables = open(db, options.table())) {
      tally = gen.run(tables);
      tables.commit(world.name(), tally.toJson(options.seed(), options.users(), end.toString()));
      rows = tables.rows();
      if (options.csv() != null) {
        tables.export(options.csv(), false);
      }
      if (options.parquet() != null) {
        tables.export(options.parquet(), true);
      }
    }
    double secs = (System.nanoTime() - started) / 1e9;
    String summary = String.format(
        "generated world '%s' (seed %d): %,d users, %,d sessions, %,d events from %s to %s"
            + " (exclusive), conversion %.1f%%, into %s in %.1f s",
        world.name(), options.seed(), options.users(), tally.sessions(), rows,
        end.minusDays(28), end, 100 * tally.conversionRate(), db, secs);
    LOG.info("{}", summary);
    return summary;
  }

  private static WorldTables open(Path db, String table) {
    try {
      return WorldTables.open(db, table);
    } catch (SQLException e) {
      throw StageException.badInput("cannot open DuckDB file %s for writing: %s", db,
          e.getMessage());
    }
  }
}
