package io.attnlift.report;

import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.GroundTruthJson;
import java.nio.file.Path;

/**
 * What the report reads from {@code runs/<id>/extract/}: the manifest's stats and, for synthetic
 * data, the world's name from its ground truth.
 *
 * @param stats the extract stats
 * @param world the synthetic world's name, or null for real data
 */
public record ExtractInput(ExtractStats stats, String world) {

  /** Reads and checks the extract output of a run. */
  public static ExtractInput read(RunLayout layout) {
    Path dir = layout.stageDir(Stage.EXTRACT);
    Manifest m = Manifests.require(layout, Stage.EXTRACT, null);
    GroundTruthJson truth = GroundTruthJson.CONTRACT.readIfPresent(
        dir.resolve(GroundTruthJson.CONTRACT.fileName()));
    return new ExtractInput(m.stats(ExtractStats.CONTRACT, dir),
        truth == null ? null : truth.world());
  }

  /** Whether the data came from the synthetic generator (so a ground truth exists). */
  public boolean synthetic() {
    return world != null;
  }
}
