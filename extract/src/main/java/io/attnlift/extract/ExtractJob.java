package io.attnlift.extract;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.Progress;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.warehouse.WarehouseErrors;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples users, then all of their events in the window, from a source into
 * {@code runs/<run-id>/extract/}: the events as Parquet, the generator's truth when the source
 * holds it, and the manifest, written last.
 */
public final class ExtractJob {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

  private final ExtractOptions options;
  private final RunLayout layout;
  private final Map<String, String> env;
  private final LocalDate today;

  /**
   * A job.
   *
   * @param env the environment, the only place secrets come from
   * @param today the run date (UTC) the default window ends on
   */
  public ExtractJob(ExtractOptions options, RunLayout layout, Map<String, String> env,
      LocalDate today) {
    this.options = options;
    this.layout = layout;
    this.env = env;
    this.today = today;
  }

  /** Runs the extraction and returns a one-line summary. */
  public String run() throws Exception {
    Window window = options.window(today);
    Columns columns = options.columnMapping();
    try (EventSource source = open(columns)) {
      String where = SchemaCheck.where(source);
      SchemaCheck.check(source, columns);
      Profile profile = profile(source, columns, window, where);
      Rejects rejects = new Rejects();
      rejects.add("null_event_ts", profile.nullEventTs());
      rejects.add("null_user_id", profile.nullUserId());
      rejects.add("null_session_id", profile.nullSessionId());
      rejects.check(profile.consideredRows(), options.maxRejectedShare(), where);
      try (AtomicOutput out = AtomicOutput.open(layout, Stage.EXTRACT, null)) {
        Manifests.Builder manifest = new Manifests.Builder(Stage.EXTRACT, null, layout.runId())
            .config(options);
        EventsWriter events = sample(source, columns, window, out.dir(), rejects, where);
        rejects.check(profile.consideredRows(), options.maxRejectedShare(), where);
        if (events.rows() == 0) {
          throw StageException.badInput(
              "%s: the sample of window [%s, %s) is empty: every sampled row was unusable",
              where, window.since(), window.until());
        }
        manifest.dataset(out.dir(), "events", Contract.EVENTS, events.rows());
        if (source.hasTruth()) {
          new TruthCopy(source, columns, window, options).writeTo(out.dir(), manifest);
        }
        stats(manifest, source, window, profile, events, rejects);
        manifest.source(String.valueOf(source.describe().getOrDefault("file",
            source.describe().get("kind") + ":" + source.table())));
        manifest.writeTo(out.dir());
        out.commit();
        return String.format(
            "extracted %,d events of %,d users (%,d sessions) from %s, window [%s, %s), seed"
                + " %d, into %s", events.rows(), events.users(), events.sessions(), where,
            window.since(), window.until(), options.seed(), out.target());
      }
    }
  }

  private EventSource open(Columns columns) throws Exception {
    return switch (options.sourceKind()) {
      case FILE -> FileSource.open(options.eventsFile(), columns);
      case SNOWFLAKE -> SnowflakeSource.open(options, env, layout.runId());
      case DUCKDB -> DuckDbSource.open(options.duckdb(), options.table());
    };
  }

  private Profile profile(EventSource source, Columns columns, Window window, String where) {
    String sql = source.dialect().sql("profile", source.table(), columns, options.sampleUsers());
    Profile p;
    try {
      p = Profile.of(source.connection(), sql, window);
    } catch (SQLException e) {
      throw WarehouseErrors.map(e, "profiling the events table", where);
    }
    if (p.tableRows() == 0) {
      throw StageException.badInput("%s: the events table is empty", where);
    }
    if (p.windowUsers() == 0) {
      throw StageException.badInput(
          "%s: no usable events in the window [%s, %s) (the table has %d rows); check --since"
              + " and --until", where, window.since(), window.until(), p.tableRows());
    }
    return p;
  }

  private EventsWriter sample(EventSource source, Columns columns, Window window, Path outDir,
      Rejects rejects, String where) throws Exception {
    String sql = source.dialect().sql("sample", source.table(), columns, options.sampleUsers());
    EventRows rows = new EventRows(rejects);
    try (EventsWriter w =
            new EventsWriter(outDir.resolve("events"), Contract.EVENTS, options.rowsPerFile());
        PreparedStatement ps = source.connection().prepareStatement(sql)) {
      bindWindowAndSeed(ps, window, options.seed());
      ps.setFetchSize(options.fetchSize());
      Progress progress = Progress.start(LOG, "rows", -1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          GenericRecord r = rows.read(rs);
          if (r != null) {
            w.write(r);
          }
          progress.add(1);
        }
      }
      progress.finish();
      return w;
    } catch (SQLException e) {
      throw WarehouseErrors.map(e, "sampling events", where);
    }
  }

  /** Binds the sampling queries' parameters: since, until, seed. */
  static void bindWindowAndSeed(PreparedStatement ps, Window w, long seed) throws SQLException {
    ps.setString(1, w.sinceTimestamp());
    ps.setString(2, w.untilTimestamp());
    ps.setString(3, Long.toString(seed));
  }

  private void stats(Manifests.Builder m, EventSource source, Window window, Profile profile,
      EventsWriter events, Rejects rejects) {
    Map<String, Object> d = source.describe();
    ExtractStats.Source described = new ExtractStats.Source(text(d, "kind"), text(d, "file"),
        text(d, "table"), text(d, "account"), text(d, "user"), text(d, "role"),
        text(d, "warehouse"), text(d, "auth"));
    m.stats(ExtractStats.CONTRACT, new ExtractStats(described,
        new ExtractStats.Window(window.since().toString(), window.until().toString()),
        options.seed(), options.sampleUsers(), profile.windowUsers(), events.users(),
        events.rows(), events.sessions(), events.duplicates(), profile.tableRows(),
        profile.windowRows(), new TreeMap<>(rejects.byReason()), rejects.total()));
  }

  private static String text(Map<String, Object> d, String key) {
    Object v = d.get(key);
    return v == null ? "" : v.toString();
  }
}
