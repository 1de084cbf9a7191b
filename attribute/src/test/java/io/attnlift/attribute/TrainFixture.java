package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a train stage output folder (attributions, predictions, metrics.json,
 * faithfulness.json, manifest.json) in the formats of the train contract, for the attribute
 * stage's tests.
 */
final class TrainFixture {
  private TrainFixture() {}

  /**
   * Writes {@code runs/<runId>/train/<variant>/}.
   *
   * @param manifestRunId the run id the manifest claims (normally {@code runId})
   * @param drops per method id (and random), the faithfulness drop, the same for every k
   */
  static Path write(Path runsRoot, String runId, String manifestRunId, Variant variant,
      List<GenericRecord> attributions, Map<String, Double> drops) throws IOException {
    Path dir = new RunLayout(runsRoot, runId).stageDir(Stage.TRAIN, variant);
    ParquetFiles.write(dir.resolve("attributions/part-00000.parquet"), Contract.ATTRIBUTIONS,
        attributions);
    List<GenericRecord> predictions = predictions(attributions);
    ParquetFiles.write(dir.resolve("predictions/part-00000.parquet"), Contract.PREDICTIONS,
        predictions);
    Json.write(dir.resolve("metrics.json"), Map.of("val_auc", 0.7, "test_auc", 0.68,
        "train_seconds", 1.0, "train_sequences_per_second", 100.0,
        "inference_sequences_per_second", 1000.0));
    Json.write(dir.resolve("faithfulness.json"), faithfulness(drops));
    new Manifests.Builder(Stage.TRAIN, variant, manifestRunId)
        .dataset(dir, "attributions", Contract.ATTRIBUTIONS, attributions.size())
        .dataset(dir, "predictions", Contract.PREDICTIONS, predictions.size())
        .file("metrics.json")
        .file("faithfulness.json")
        .writeTo(dir);
    return dir;
  }

  /** The faithfulness.json body: each method's drop at k = 1, 3, 5 (scaled by k). */
  static Map<String, Object> faithfulness(Map<String, Double> drops) {
    Map<String, Object> methods = new LinkedHashMap<>();
    drops.forEach((m, d) -> methods.put(m, Map.of("1", d, "3", 2 * d, "5", 3 * d)));
    return Map.of("k", List.of(1, 3, 5), "sessions", 100, "methods", methods);
  }

  /** Drops where occlusion beats gradient, rollout, attention and random, in that order. */
  static Map<String, Double> occlusionBest() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("attention", 0.02);
    d.put("rollout", 0.025);
    d.put("gradient_x_input", 0.03);
    d.put("occlusion", 0.05);
    d.put("random", 0.01);
    return d;
  }

  private static List<GenericRecord> predictions(List<GenericRecord> attributions) {
    Map<String, GenericRecord> bySession = new LinkedHashMap<>();
    for (GenericRecord a : attributions) {
      bySession.computeIfAbsent(a.get("session_id").toString(), s -> {
        GenericRecord p = new GenericData.Record(Contract.PREDICTIONS.schema());
        p.put("session_id", s);
        p.put("user_id", a.get("user_id"));
        p.put("split", a.get("split"));
        p.put("label", a.get("label"));
        p.put("probability", a.get("probability"));
        return p;
      });
    }
    return new ArrayList<>(bySession.values());
  }

  /** Writes {@code runs/<runId>/extract/ground_truth.json}. */
  static void groundTruth(Path runsRoot, String runId, Map<String, Object> truth)
      throws IOException {
    Json.write(new RunLayout(runsRoot, runId).stageDir(Stage.EXTRACT)
        .resolve("ground_truth.json"), truth);
  }
}
