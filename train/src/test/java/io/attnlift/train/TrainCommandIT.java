package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageCli;
import io.attnlift.common.Variant;
import io.attnlift.train.data.SessionSeq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandIT {
  @TempDir Path runs;

  @Test
  void trainWritesEveryOutputOfAVariant() throws Exception {
    RunLayout layout = new RunLayout(runs, "r1");
    List<List<SessionSeq>> s = Fixtures.toySplits(7, 8, 400, 120, 120);
    Fixtures.writePreprocess(layout, Variant.NO_FUNNEL, ToyWorld.vocabulary(), s.get(0),
        s.get(1), s.get(2));

    int code = StageCli.execute(new TrainMain(), "train", "--runs-root", runs.toString(),
        "--run-id", "r1", "--variants", "no-funnel", "--preset", "baby", "--max-epochs", "2",
        "--max-occlusion-sessions", "", "--faithfulness-sessions", "50");

    assertEquals(0, code);
    Path out = layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL);
    Manifest m = Manifests.require(out, Stage.TRAIN);
    assertEquals("cpu", m.stats().get("device"));
    assertEquals(640L, ParquetFiles.read(out.resolve("predictions"), Contract.PREDICTIONS,
        r -> { }));
    long events = s.get(1).stream().mapToInt(SessionSeq::length).sum()
        + s.get(2).stream().mapToInt(SessionSeq::length).sum();
    assertEquals(events, ParquetFiles.read(out.resolve("attributions"), Contract.ATTRIBUTIONS,
        r -> { }));
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = Json.read(out.resolve("metrics.json"), Map.class);
    for (String k : List.of("val_auc", "test_auc", "train_seconds", "train_sequences_per_second",
        "inference_sequences_per_second")) {
      assertTrue(metrics.get(k) instanceof Number, k + " in " + metrics.keySet());
    }
    assertTrue(Files.isRegularFile(out.resolve("model/saved_model.pb")));
    assertTrue(Files.isRegularFile(out.resolve("model/model.json")));
    assertTrue(Files.isRegularFile(out.resolve("faithfulness.json")));
  }
}
