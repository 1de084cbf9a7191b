package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.EventGroups;
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
    List<GenericRecord> removals = variant.honest() ? removals(attributions) : List.of();
    ParquetFiles.write(dir.resolve("removals/part-00000.parquet"), Contract.SESSION_REMOVALS,
        removals);
    ParquetFiles.write(dir.resolve("predictions/part-00000.parquet"), Contract.PREDICTIONS,
        predictions);
    new Manifests.Builder(Stage.TRAIN, variant, manifestRunId)
        .dataset(dir, "attributions", Contract.ATTRIBUTIONS, attributions.size())
        .dataset(dir, "predictions", Contract.PREDICTIONS, predictions.size())
        .dataset(dir, "removals", Contract.SESSION_REMOVALS, removals.size())
        .json(dir, MetricsJson.CONTRACT, Samples.metrics(0.68))
        .json(dir, FaithfulnessJson.CONTRACT, faithfulness(drops))
        .stats(TrainStats.CONTRACT, new TrainStats("cpu", 0.7, 0.68, 1, 1, 1.0, 100.0, 1000.0,
            0, 0, predictions.size(), 0, 0, 0.0, 0.0))
        .writeTo(dir);
    return dir;
  }

  /**
   * A deletion test as the train stage writes it: each method's (and random's) drop at k = 1, 3,
   * 5, scaled by k.
   */
  static FaithfulnessJson faithfulness(Map<String, Double> drops) {
    return faithfulness(drops, drops);
  }

  /** As above, with the insertion test's rises apart from the deletion test's drops. */
  static FaithfulnessJson faithfulness(Map<String, Double> drops, Map<String, Double> rises) {
    List<String> methods = drops.keySet().stream()
        .filter(m -> !m.equals(FaithfulnessJson.RANDOM)).toList();
    return new FaithfulnessJson("test", 100, List.of(1, 3, 5), methods, "the test",
        curve(drops), curve(rises), List.of());
  }

  private static List<FaithfulnessJson.Result> curve(Map<String, Double> at) {
    List<FaithfulnessJson.Result> rows = new ArrayList<>();
    double random = at.getOrDefault(FaithfulnessJson.RANDOM, Double.NaN);
    for (int k : List.of(1, 3, 5)) {
      int scale = k == 1 ? 1 : k == 3 ? 2 : 3;
      at.forEach((m, d) -> rows.add(new FaithfulnessJson.Result(k, m, 100, scale * d, 0.001,
          scale * (d - random))));
    }
    return rows;
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

  /**
   * Removal effects as if occlusion were additive: each group of {@code EventGroups} of a session
   * (the honest variant's, as train writes them) removed at once lowers the logit by the sum of
   * its events' occlusion scores (NaN counts 0).
   */
  static List<GenericRecord> removals(List<GenericRecord> attributions) {
    Map<String, List<GenericRecord>> bySession = new LinkedHashMap<>();
    for (GenericRecord a : attributions) {
      bySession.computeIfAbsent(a.get("session_id").toString(), k -> new ArrayList<>()).add(a);
    }
    List<GenericRecord> out = new ArrayList<>();
    for (List<GenericRecord> events : bySession.values()) {
      events.sort(java.util.Comparator.comparingInt(e -> (Integer) e.get("position")));
      List<EventGroups.Event> view = events.stream().map(TrainFixture::view).toList();
      GenericRecord first = events.get(0);
      double p = (Double) first.get("probability");
      double logit = Math.log(p / (1 - p));
      EventGroups.of(view).forEach((g, at) -> {
        double drop = 0;
        for (int i = at.nextSetBit(0); i >= 0; i = at.nextSetBit(i + 1)) {
          double occ = (Double) events.get(i).get("occlusion");
          drop += Double.isNaN(occ) ? 0 : occ;
        }
        GenericRecord r = new GenericData.Record(Contract.SESSION_REMOVALS.schema());
        for (String f : List.of("session_id", "user_id", "split", "label", "length")) {
          r.put(f, first.get(f));
        }
        r.put("level", g.level().id());
        r.put("group", g.key());
        r.put("window", g.window());
        r.put("occurrences", at.cardinality());
        r.put("probability", p);
        r.put("probability_without", 1 / (1 + Math.exp(-(logit - drop))));
        r.put("refit", 0);
        out.add(r);
      });
    }
    return out;
  }

  private static EventGroups.Event view(GenericRecord a) {
    record View(String event, String eventType, String feature, String store, String tag,
        String category, boolean nv) implements EventGroups.Event {}
    return new View(a.get("event").toString(), a.get("event_type").toString(),
        a.get("discovery_feature").toString(), a.get("store_id").toString(),
        a.get("primary_tag_name").toString(), a.get("primary_category_name").toString(),
        (Boolean) a.get("is_nv"));
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
