package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads only outputs of its own run, all built from what the run holds now. */
class ReportProvenanceTest {
  @TempDir Path root;

  @Test
  void aRunWhoseExtractWasRerunAloneGivesNoReportMixingTwoDatasets() throws Exception {
    RunLayout r1 = new FixtureRun(root, "r1").build();
    String before = Manifest.CONTRACT.read(
        r1.stageDir(Stage.EXTRACT).resolve(Manifest.FILE_NAME)).id();
    Manifest rerun = new Manifests.Builder(Stage.EXTRACT, null, "r1")
        .stats(ExtractStats.CONTRACT, Samples.extractStats())
        .writeTo(r1.stageDir(Stage.EXTRACT));
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    String err = r.err.toString();
    assertTrue(err.contains("stale input: preprocess/no-funnel of run 'r1'"), err);
    assertTrue(err.contains("built from extract output " + before), err);
    assertTrue(err.contains("the run now holds extract output " + rerun.id()), err);
    assertTrue(err.contains("attnlift run --run-id r1 --from preprocess"), err);
    assertFalse(Files.exists(r1.stageDir(Stage.REPORT)));
  }

  @Test
  void aTrainOutputCopiedFromAnotherRunIdIsRefused() throws Exception {
    new FixtureRun(root, "r0").build();
    RunLayout r1 = new FixtureRun(root, "r1").build();
    Path own = r1.stageDir(Stage.TRAIN).resolve("no-funnel");
    AtomicOutput.deleteRecursively(own);
    Files.move(root.resolve("r0/train/no-funnel"), own);
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    assertTrue(r.err.toString().contains(own.resolve(Manifest.FILE_NAME)
        + " belongs to run 'r0', not to run 'r1'"), r.err.toString());
    assertFalse(Files.exists(r1.stageDir(Stage.REPORT)));
  }

  @Test
  void theReportManifestRecordsTheIdentityOfEveryOutputItRead() throws Exception {
    RunLayout r1 = new FixtureRun(root, "r1").build();
    ReportRunner r = new ReportRunner();

    assertEquals(0, r.run(root, "r1"), r.err.toString());

    Manifest m = Manifest.CONTRACT.read(r1.stageDir(Stage.REPORT).resolve(Manifest.FILE_NAME));
    assertEquals(List.of("extract", "preprocess/no-funnel", "train/no-funnel",
        "attribute/no-funnel", "preprocess/funnel-removed", "train/funnel-removed",
        "attribute/funnel-removed", "preprocess/with-funnel", "train/with-funnel",
        "attribute/with-funnel"), m.inputs().stream().map(Manifest.Input::label).toList());
    for (Manifest.Input in : m.inputs()) {
      Path dir = Path.of(in.path());
      assertEquals(Manifest.CONTRACT.read(dir.resolve(Manifest.FILE_NAME)).id(), in.manifestId());
      assertEquals("r1", in.runId());
    }
  }
}
