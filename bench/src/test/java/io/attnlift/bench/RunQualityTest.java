package io.attnlift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.Json;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunQualityTest {
  @TempDir Path root;
  RunLayout layout;

  @BeforeEach
  void writeRun() throws IOException {
    layout = new RunLayout(root, "r1");
    ParquetFiles.write(truthFile(), Contract.SESSION_TRUTH, List.of(
        truth("s1", 0.8, 0.7, true), truth("s2", 0.6, 0.6, true),
        truth("s3", 0.2, 0.3, false), truth("s4", 0.1, 0.2, false)));
    Path train = layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL);
    ParquetFiles.write(train.resolve("predictions/part-0.parquet"), Contract.PREDICTIONS, List.of(
        prediction("s1", "test", 1, 0.9), prediction("s2", "test", 1, 0.4),
        prediction("s3", "test", 0, 0.5), prediction("s4", "test", 0, 0.1),
        prediction("not-in-truth", "train", 1, 0.99)));
    MetricsJson.CONTRACT.write(train.resolve("metrics.json"), Samples.metrics(0.75));
    Path attribute = layout.stageDir(Stage.ATTRIBUTE, Variant.NO_FUNNEL);
    GroundTruthCheckJson.CONTRACT.write(attribute.resolve("ground_truth_check.json"),
        new GroundTruthCheckJson("w", 10, List.of("h"), "attention", Map.of("attention",
            new GroundTruthCheckJson.Check(0.6, 0.6, 0.6, 4, 0.8, 0.8, 0.5, 0.5, 2)),
            new GroundTruthCheckJson.RemovalCheck(Map.of(), 1, Double.NaN, 0, 0, 0, 0, 0,
                new GroundTruthCheckJson.Level(Double.NaN, 0))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void comparesTheModelWithTheBestPossibleOnTheSameTestSessions() throws Exception {
    Map<String, Object> q = new RunQuality(layout).measure(List.of(Variant.NO_FUNNEL));
    Map<String, Object> v = (Map<String, Object>) ((Map<String, Object>) q.get("variants"))
        .get("no-funnel");
    assertEquals(4, v.get("test_sessions"));
    assertEquals(2, v.get("test_converted"));
    assertEquals(0.75, v.get("model_auc"));
    assertEquals(1.0, v.get("bayes_auc"));
    assertEquals(1.0, v.get("events_only_auc"));
    assertEquals(0.5, v.get("share_of_achievable"));
    assertEquals(0.75, v.get("metrics_test_auc"));
    assertEquals(0.70, (Double) v.get("metrics_test_auc_ci_low"), 1e-12);
    Map<String, Object> check = Json.MAPPER.convertValue(v.get("ground_truth_check"), Map.class);
    assertEquals(10, check.get("k"));
    assertEquals(0.6, ((Map<String, Map<String, Object>>) check.get("methods"))
        .get("attention").get("spearman"));
    assertNull(q.get("world"));
  }

  @Test
  void refusesPredictionsOfSessionsTheTruthDoesNotKnow() throws IOException {
    Path train = layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL);
    ParquetFiles.write(train.resolve("predictions/part-1.parquet"), Contract.PREDICTIONS,
        List.of(prediction("stranger", "test", 0, 0.2)));
    StageException e = assertThrows(StageException.class,
        () -> new RunQuality(layout).measure(List.of(Variant.NO_FUNNEL)));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("'stranger'"), e.getMessage());
  }

  @Test
  void refusesARunWithoutTrainMetrics() throws IOException {
    Files.delete(layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL).resolve("metrics.json"));
    StageException e = assertThrows(StageException.class,
        () -> new RunQuality(layout).measure(List.of(Variant.NO_FUNNEL)));
    assertTrue(e.getMessage().contains("metrics.json"), e.getMessage());
  }

  private Path truthFile() {
    return layout.stageDir(Stage.EXTRACT).resolve("session_truth/part-0.parquet");
  }

  private static GenericRecord truth(String id, double p, double eventsOnly, boolean converted) {
    GenericRecord r = new GenericData.Record(Contract.SESSION_TRUTH.schema());
    r.put("session_id", id);
    r.put("user_id", "u-" + id);
    r.put("true_probability", p);
    r.put("events_only_probability", eventsOnly);
    r.put("converted", converted);
    return r;
  }

  private static GenericRecord prediction(String id, String split, int label, double p) {
    GenericRecord r = new GenericData.Record(Contract.PREDICTIONS.schema());
    r.put("session_id", id);
    r.put("user_id", "u-" + id);
    r.put("split", split);
    r.put("label", label);
    r.put("probability", p);
    return r;
  }
}
