package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.Samples;
import io.attnlift.common.json.TrainStats;
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
    new Manifests.Builder(Stage.TRAIN, variant, manifestRunId)
        .dataset(dir, "attributions", Contract.ATTRIBUTIONS, attributions.size())
        .dataset(dir, "predictions", Contract.PREDICTIONS, predictions.size())
        .json(dir, MetricsJson.CONTRACT, Samples.metrics(0.68))
        .json(dir, FaithfulnessJson.CONTRACT, faithfulness(drops))
        .stats(TrainStats.CONTRACT, new TrainStats("cpu", 0.7, 0.68, 1, 1, 1.0, 100.0, 1000.0,
            0, 0, predictions.size()))
        .writeTo(dir);
    return dir;
  }

  /**
   * A deletion test as the train stage writes it: each method's (and random's) drop at k = 1, 3,
   * 5, scaled by k.
   */
  static FaithfulnessJson faithfulness(Map<String, Double> drops) {
    List<FaithfulnessJson.Result> rows = new ArrayList<>();
    double random = drops.getOrDefault(FaithfulnessJson.RANDOM, Double.NaN);
    for (int k : List.of(1, 3, 5)) {
      int scale = k == 1 ? 1 : k == 3 ? 2 : 3;
      drops.forEach((m, d) -> rows.add(new FaithfulnessJson.Result(k, m, 100, scale * d, 0.001,
          scale * (d - random))));
    }
    List<String> methods = drops.keySet().stream()
        .filter(m -> !m.equals(FaithfulnessJson.RANDOM)).toList();
    return new FaithfulnessJson("test", 100, List.of(1, 3, 5), methods, "the test", rows);
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
  static void groundTruth(Path runsRoot, String runId, GroundTruthJson truth)
      throws IOException {
    GroundTruthJson.CONTRACT.write(new RunLayout(runsRoot, runId).stageDir(Stage.EXTRACT)
        .resolve("ground_truth.json"), truth);
  }

  /** A ground truth with the given heroes and contributions, the rest as a sample world's. */
  static GroundTruthJson truth(List<String> heroes, Map<String, Double> events,
      Map<String, Double> stores, Map<String, Double> features) {
    GroundTruthJson s = Samples.groundTruth();
    return new GroundTruthJson("planted", s.description(), s.seed(), s.users(), s.sessions(),
        s.events(), s.endDate(), s.intercept(), s.userEffectSd(), s.conversionRate(),
        s.aucTrueProbability(), s.aucEventsOnly(), s.drivers(), heroes, s.contributionUnit(),
        events, stores, features, Map.of(), s.removalUnit(), s.removalEffects());
  }
}
