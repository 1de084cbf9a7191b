package io.attnlift.report;

import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.PreprocessStats;
import java.nio.file.Path;

/** What the report reads from {@code runs/<id>/preprocess/<variant>/}: the manifest's stats. */
final class PreprocessInput {
  private PreprocessInput() {}

  /** Reads and checks the preprocess output of one variant. */
  static PreprocessStats read(RunLayout layout, Variant variant) {
    Path dir = layout.stageDir(Stage.PREPROCESS, variant);
    Manifest m = Manifests.require(layout, Stage.PREPROCESS, variant);
    return m.stats(PreprocessStats.CONTRACT, dir);
  }
}
