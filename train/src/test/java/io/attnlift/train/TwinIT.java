package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageCli;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.TrainStats;
import io.attnlift.train.data.SessionSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variant whose sequences are byte for byte another's is copied from it, not trained again,
 * and only then: other sequences or other options train.
 */
class TwinIT {
  @TempDir Path runs;

  @Test
  void aVariantWithTheSameSequencesAndOptionsIsCopiedAndOthersTrain() throws Exception {
    RunLayout layout = new RunLayout(runs, "r1");
    List<List<SessionSeq>> s = Fixtures.toySplits(11, 8, 300, 100, 100);
    for (Variant v : List.of(Variant.NO_FUNNEL, Variant.FUNNEL_REMOVED)) {
      Fixtures.writePreprocess(layout, v, ToyWorld.vocabulary(), s.get(0), s.get(1), s.get(2));
    }
    List<SessionSeq> fewer = new ArrayList<>(s.get(0).subList(1, s.get(0).size()));
    Fixtures.writePreprocess(layout, Variant.WITH_FUNNEL, ToyWorld.vocabulary(), fewer,
        s.get(1), s.get(2));

    assertEquals(0, train("no-funnel,funnel-removed,with-funnel", "42"));

    Path nf = layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL);
    Path fr = layout.stageDir(Stage.TRAIN, Variant.FUNNEL_REMOVED);
    Path wf = layout.stageDir(Stage.TRAIN, Variant.WITH_FUNNEL);
    Manifest copied = Manifests.require(layout, Stage.TRAIN, Variant.FUNNEL_REMOVED);
    assertEquals(List.of("preprocess/funnel-removed", "train/no-funnel"),
        copied.inputs().stream().map(Manifest.Input::label).toList());
    assertEquals(predictions(nf), predictions(fr));
    // removal effects belong to no-funnel alone: the copy has none, nor refits
    assertTrue(ParquetFiles.read(nf.resolve("removals"), Contract.SESSION_REMOVALS, r -> { })
        > 0);
    assertEquals(0L, ParquetFiles.read(fr.resolve("removals"), Contract.SESSION_REMOVALS,
        r -> { }));
    assertEquals(1, MetricsJson.CONTRACT.read(nf.resolve("metrics.json")).refits().size());
    assertEquals(0, MetricsJson.CONTRACT.read(fr.resolve("metrics.json")).refits().size());
    assertEquals(0, copied.stats(TrainStats.CONTRACT, fr).removalSessions());
    JsonNode card = Json.MAPPER.readTree(fr.resolve("model/model.json").toFile());
    assertEquals("[\"no-funnel\",\"funnel-removed\",\"with-funnel\"]",
        card.get("train").get("variants").toString());
    // other sequences: trained on its own
    Manifest trained = Manifests.require(layout, Stage.TRAIN, Variant.WITH_FUNNEL);
    assertEquals(List.of("preprocess/with-funnel"),
        trained.inputs().stream().map(Manifest.Input::label).toList());
    assertEquals(299 + 100 + 100, predictions(wf).size());

    // a rerun of the twin makes the copy stale
    assertEquals(0, train("no-funnel", "42"));
    StageException stale = assertThrows(StageException.class,
        () -> Manifests.require(layout, Stage.TRAIN, Variant.FUNNEL_REMOVED));
    assertTrue(stale.getMessage().contains("train/no-funnel"), stale.getMessage());

    // other options (a seed) train, even on the same sequences
    assertEquals(0, train("funnel-removed", "7"));
    Manifest own = Manifests.require(layout, Stage.TRAIN, Variant.FUNNEL_REMOVED);
    assertEquals(List.of("preprocess/funnel-removed"),
        own.inputs().stream().map(Manifest.Input::label).toList());
    assertNotEquals(predictions(nf), predictions(fr));

    // a twin older than the code that runs now (a rerun after a fix) is not copied
    ObjectNode m = (ObjectNode) Json.MAPPER.readTree(nf.resolve(Manifest.FILE_NAME).toFile());
    m.put("finished_at", "2000-01-01T00:00:00Z");
    Json.write(nf.resolve(Manifest.FILE_NAME), m);
    assertEquals(0, train("funnel-removed", "42"));
    assertEquals(List.of("preprocess/funnel-removed"),
        Manifests.require(layout, Stage.TRAIN, Variant.FUNNEL_REMOVED).inputs().stream()
            .map(Manifest.Input::label).toList());
  }

  private int train(String variants, String seed) {
    return StageCli.execute(new TrainMain(), "train", "--runs-root", runs.toString(),
        "--run-id", "r1", "--variants", variants, "--preset", "baby", "--max-epochs", "1",
        "--max-occlusion-sessions", "20", "--faithfulness-sessions", "20",
        "--removal-sessions", "30", "--removal-variants", "no-funnel", "--refits", "2",
        "--precision", "float32", "--seed", seed);
  }

  private static Map<String, Double> predictions(Path trainDir) throws Exception {
    Map<String, Double> p = new TreeMap<>();
    ParquetFiles.read(trainDir.resolve("predictions"), Contract.PREDICTIONS,
        r -> p.put(r.get("session_id").toString(), ((Number) r.get("probability")).doubleValue()));
    return p;
  }
}
