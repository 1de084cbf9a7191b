package io.attnlift.report;

import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import java.util.Map;

/**
 * What the report reads from {@code runs/<id>/extract/}: the manifest's stats (source, window,
 * users, rows, sessions, rejected rows by reason) and, for synthetic data, the world's name.
 *
 * @param source where the events came from (n/a when not recorded)
 * @param since the window's start, or null
 * @param until the window's end, or null
 * @param users users sampled (NaN when not recorded)
 * @param events rows extracted (NaN when not recorded)
 * @param sessions sessions extracted (NaN when not recorded)
 * @param duplicates duplicate rows found at extract (NaN when not recorded)
 * @param rejected rejected rows by reason
 * @param world the synthetic world's name, or null for real data
 */
public record ExtractInput(
    String source,
    String since,
    String until,
    double users,
    double events,
    double sessions,
    double duplicates,
    Map<String, Double> rejected,
    String world) {

  /** Reads and checks the extract output of a run. */
  public static ExtractInput read(RunLayout layout) {
    var dir = layout.stageDir(Stage.EXTRACT);
    Manifest m = Manifests.require(dir, Stage.EXTRACT);
    Stats s = new Stats(m.stats());
    JsonInput truth = JsonInput.readOptional(dir.resolve("ground_truth.json"));
    String world = null;
    if (truth != null) {
      world = truth.root().path("world").asText("synthetic");
    }
    return new ExtractInput(
        s.text("source.kind", "source"),
        s.text("window.since", "since"),
        s.text("window.until", "until"),
        s.number("users_sampled", "users"),
        s.number("rows", "events"),
        s.number("sessions"),
        s.number("duplicate_rows", "duplicates"),
        s.counts("rejected", "rejected_by_reason"),
        world);
  }

  /** Whether the data came from the synthetic generator (so a ground truth exists). */
  public boolean synthetic() {
    return world != null;
  }
}
