package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.json.ReportStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {
  @TempDir Path tmp;

  private RunLayout run(String id) {
    return new RunLayout(tmp, id);
  }

  /** Writes a stage output of {@code layout} that read {@code inputs}; returns its manifest. */
  private static Manifest write(RunLayout layout, Stage stage, Variant variant,
      Manifest... inputs) throws Exception {
    Path dir = variant == null ? layout.stageDir(stage) : layout.stageDir(stage, variant);
    Files.createDirectories(dir);
    Manifests.Builder b = new Manifests.Builder(stage, variant, layout.runId());
    for (Manifest in : inputs) {
      Path from = in.variant().isEmpty() ? layout.stageDir(Stage.valueOf(in.stage()
          .toUpperCase())) : layout.stageDir(Stage.valueOf(in.stage().toUpperCase()),
          Variant.parse(in.variant()));
      b.input(in, from);
    }
    return b.stats(ReportStats.CONTRACT, new ReportStats(List.of(), "", 1)).writeTo(dir);
  }

  @Test
  void aManifestRecordsTheIdentityOfEveryUpstreamOutputItRead() throws Exception {
    RunLayout r1 = run("r1");
    Manifest extract = write(r1, Stage.EXTRACT, null);
    Manifest pre = write(r1, Stage.PREPROCESS, Variant.NO_FUNNEL, extract);

    Manifest.Input in = pre.inputs().get(0);

    assertEquals(List.of("extract", "", "r1", extract.id(), extract.finishedAt()),
        List.of(in.stage(), in.variant(), in.runId(), in.manifestId(), in.finishedAt()));
    assertEquals(pre.id(), Manifests.require(r1, Stage.PREPROCESS, Variant.NO_FUNNEL).id());
  }

  @Test
  void everyWriteIsANewIdentity() throws Exception {
    RunLayout r1 = run("r1");
    assertNotEquals(write(r1, Stage.EXTRACT, null).id(), write(r1, Stage.EXTRACT, null).id());
  }

  @Test
  void anOutputBuiltFromAnUpstreamRewrittenSinceIsRefusedNamingBoth() throws Exception {
    RunLayout r1 = run("r1");
    Manifest old = write(r1, Stage.EXTRACT, null);
    write(r1, Stage.PREPROCESS, Variant.NO_FUNNEL, old);
    Manifest now = write(r1, Stage.EXTRACT, null);

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(r1, Stage.PREPROCESS, Variant.NO_FUNNEL));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("stale input: preprocess/no-funnel of run 'r1'"),
        e.getMessage());
    assertTrue(e.getMessage().contains("built from extract output " + old.id()), e.getMessage());
    assertTrue(e.getMessage().contains("now holds extract output " + now.id()), e.getMessage());
    assertTrue(e.getMessage().contains("attnlift run --run-id r1 --from preprocess"),
        e.getMessage());
  }

  @Test
  void theChainIsFollowedThroughEveryUpstreamOutput() throws Exception {
    RunLayout r1 = run("r1");
    Manifest extract = write(r1, Stage.EXTRACT, null);
    Manifest pre = write(r1, Stage.PREPROCESS, Variant.NO_FUNNEL, extract);
    write(r1, Stage.TRAIN, Variant.NO_FUNNEL, pre);
    write(r1, Stage.EXTRACT, null);

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(r1, Stage.TRAIN, Variant.NO_FUNNEL));

    assertTrue(e.getMessage().contains("preprocess/no-funnel of run 'r1'"), e.getMessage());
    assertTrue(e.getMessage().contains("--from preprocess"), e.getMessage());
  }

  @Test
  void anUpstreamFolderThatIsNotHereIsNotChecked() throws Exception {
    RunLayout r1 = run("r1");
    Manifest extract = write(r1, Stage.EXTRACT, null);
    write(r1, Stage.PREPROCESS, Variant.NO_FUNNEL, extract);
    AtomicOutput.deleteRecursively(r1.stageDir(Stage.EXTRACT));

    assertDoesNotThrow(() -> Manifests.require(r1, Stage.PREPROCESS, Variant.NO_FUNNEL));
  }

  @Test
  void anOutputCopiedFromAnotherRunIdIsRefused() throws Exception {
    write(run("r0"), Stage.TRAIN, Variant.NO_FUNNEL);
    Files.createDirectories(tmp.resolve("r1/train"));
    Files.move(tmp.resolve("r0/train/no-funnel"), tmp.resolve("r1/train/no-funnel"));

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(run("r1"), Stage.TRAIN, Variant.NO_FUNNEL));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("belongs to run 'r0', not to run 'r1'"), e.getMessage());
    assertTrue(e.getMessage().contains("copied from another run"), e.getMessage());
  }

  @Test
  void anOutputOfAnotherVariantIsRefused() throws Exception {
    RunLayout r1 = run("r1");
    write(r1, Stage.TRAIN, Variant.WITH_FUNNEL);
    Files.move(r1.stageDir(Stage.TRAIN, Variant.WITH_FUNNEL),
        r1.stageDir(Stage.TRAIN, Variant.NO_FUNNEL));

    StageException e = assertThrows(StageException.class,
        () -> Manifests.require(r1, Stage.TRAIN, Variant.NO_FUNNEL));

    assertTrue(e.getMessage().contains("is for variant 'with-funnel', expected 'no-funnel'"),
        e.getMessage());
  }

  @Test
  void aStageDoesNotFinishWhenAnInputWasRewrittenWhileItRan() throws Exception {
    RunLayout r1 = run("r1");
    Manifest extract = write(r1, Stage.EXTRACT, null);
    Manifests.Builder pre = new Manifests.Builder(Stage.PREPROCESS, Variant.NO_FUNNEL, "r1")
        .input(extract, r1.stageDir(Stage.EXTRACT))
        .stats(ReportStats.CONTRACT, new ReportStats(List.of(), "", 1));
    Manifest now = write(r1, Stage.EXTRACT, null);
    Path out = Files.createDirectories(tmp.resolve("out"));

    StageException e = assertThrows(StageException.class, () -> pre.writeTo(out));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("changed while stage 'preprocess' ran: it was read as"
        + " output " + extract.id() + " and now holds " + now.id()), e.getMessage());
  }
}
