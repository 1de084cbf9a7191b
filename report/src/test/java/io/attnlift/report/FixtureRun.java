package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.PreprocessStats;
import io.attnlift.common.json.Samples;
import io.attnlift.common.json.TrainStats;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a complete, consistent fake run directory in the formats of the extract, preprocess,
 * train and attribute outputs: 20 sessions (6 converted), test AUC 19/21 for no-funnel and 20/21
 * for with-funnel, a store named {@code <script>alert(1)</script>}. {@link #previous()} writes an
 * earlier run whose numbers differ in known ways, for the change section.
 */
final class FixtureRun {
  static final String SCRIPT_STORE = "<script>alert(1)</script>";
  static final String QUOTED_STORE = "Burger \"Barn\" & Co, Ltd.";

  /** Event name, event type, attention lift; the other methods are derived from it. */
  static final Object[][] EVENTS = {
    {"store_page_load", "page_load", 0.0123}, {"m_card_click", "click", 0.0081},
    {"search_submit", "search", 0.0060}, {"carousel_click", "click", 0.0044},
    {"filter_apply", "action", 0.0031}, {"tab_switch", "navigation", 0.0012},
    {"banner_view", "impression", 0.0004}, {"home_page_load", "page_load", -0.0020},
    {"store_impression", "impression", -0.0041}, {"deals_view", "page_load", -0.0052},
    {"back_press", "navigation", -0.0065}, {"app_open", "system", -0.0088}};

  private final Path root;
  private final String runId;
  private boolean previous;
  private boolean funnelRemovedCopied;

  FixtureRun(Path root, String runId) {
    this.root = root;
    this.runId = runId;
  }

  /**
   * Makes this an earlier run: AUC 0.880, no search_submit, a legacy_banner_click driver, and
   * m_card_click's attention lift 0.003 lower.
   */
  FixtureRun previous() {
    this.previous = true;
    return this;
  }

  /**
   * Makes funnel-removed's train output a copy of no-funnel's, as the train stage writes it when
   * both variants have the same sequences: no-funnel's train output is one of its inputs.
   */
  FixtureRun funnelRemovedCopied() {
    this.funnelRemovedCopied = true;
    return this;
  }

  /** Writes every stage's output for every variant and returns the run layout. */
  RunLayout build() throws IOException {
    RunLayout layout = new RunLayout(root, runId);
    Manifest extract = extract(layout);
    for (Variant v : Variant.values()) {
      Manifest train = train(layout, v, preprocess(layout, v, extract));
      attribute(layout, v, train);
    }
    return layout;
  }

  private Manifest extract(RunLayout layout) throws IOException {
    Path dir = layout.stageDir(Stage.EXTRACT);
    Files.createDirectories(dir);
    GroundTruthJson s = Samples.groundTruth();
    GroundTruthJson truth = new GroundTruthJson("fixture-world", s.description(), 7, 12, 20, 345,
        "2026-11-22", s.intercept(), s.userEffectSd(), 0.3, s.aucTrueProbability(),
        s.aucEventsOnly(), s.drivers(), List.of("s1"), s.contributionUnit(),
        Map.of("store_page_load", 0.3), Map.of("s1", 0.2), Map.of(), Map.of(), s.removalUnit(),
        s.removalEffects());
    return new Manifests.Builder(Stage.EXTRACT, null, runId)
        .json(dir, GroundTruthJson.CONTRACT, truth)
        .stats(ExtractStats.CONTRACT, new ExtractStats(
            new ExtractStats.Source("duckdb", "data/fixture.duckdb", "EVENTS", "", "", "", "",
                ""), new ExtractStats.Window("2026-11-01", "2026-11-22"), 7, 12, 12, 12, 345,
            20, 0, 350, 350, new TreeMap<>(Map.of("missing_session_id", 3L,
                "bad_timestamp", 2L)), 5))
        .writeTo(dir);
  }

  private Manifest preprocess(RunLayout layout, Variant v, Manifest extract)
      throws IOException {
    Path dir = layout.stageDir(Stage.PREPROCESS, v);
    Files.createDirectories(dir);
    PreprocessStats.Splits splits = new PreprocessStats.Splits(
        new PreprocessStats.Split(5, 2, 0.4, 80), new PreprocessStats.Split(5, 1, 0.2, 90),
        new PreprocessStats.Split(10, 3, 0.3, 175));
    return new Manifests.Builder(Stage.PREPROCESS, v, runId)
        .input(extract, layout.stageDir(Stage.EXTRACT))
        .stats(PreprocessStats.CONTRACT, new PreprocessStats(345, 22, 4, 0, 20, splits, 128, 1,
            List.of(new PreprocessStats.LengthBucket("9-16", 20)),
            new PreprocessStats.Drops(2, 0), "the fixture's filter", Map.of("event", 14)))
        .writeTo(dir);
  }

  private Manifest train(RunLayout layout, Variant v, Manifest preprocess) throws IOException {
    Path dir = layout.stageDir(Stage.TRAIN, v);
    boolean leaky = v == Variant.WITH_FUNNEL;
    // test split: positives first, then negatives; AUC 19/21 (no-funnel) or 20/21 (with-funnel)
    double[] test = leaky
        ? new double[] {0.99, 0.97, 0.6, 0.65, 0.1, 0.2, 0.3, 0.15, 0.05, 0.25}
        : new double[] {0.9, 0.7, 0.4, 0.8, 0.3, 0.2, 0.1, 0.35, 0.15, 0.05};
    List<GenericRecord> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String split = i < 10 ? "test" : i < 15 ? "val" : "train";
      int label = i < 3 || i == 10 || i == 15 || i == 16 ? 1 : 0;
      double p = i < 10 ? test[i] : 0.1 + 0.8 * label;
      rows.add(prediction("sess-" + i, "user-" + (i % 12), split, label, p));
    }
    ParquetFiles.write(dir.resolve("predictions/part-00000.parquet"), Contract.PREDICTIONS, rows);
    double auc = auc(v);
    Manifests.Builder b = new Manifests.Builder(Stage.TRAIN, v, runId)
        .input(preprocess, layout.stageDir(Stage.PREPROCESS, v));
    if (funnelRemovedCopied && v == Variant.FUNNEL_REMOVED) {
      b.input(Manifests.require(layout, Stage.TRAIN, Variant.NO_FUNNEL),
          layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL));
    }
    return b
        .dataset(dir, "predictions", Contract.PREDICTIONS, rows.size())
        .json(dir, MetricsJson.CONTRACT, metrics(auc, v))
        .json(dir, FaithfulnessJson.CONTRACT, faithfulness())
        .stats(TrainStats.CONTRACT, new TrainStats("cpu", auc - 0.011, auc, 4, 3, 12.5, 850,
            4200, 5, 5, 10, 10, 40, 0.5, 0.05))
        .writeTo(dir);
  }

  private static GenericRecord prediction(String s, String u, String split, int label,
      double p) {
    GenericRecord r = new GenericData.Record(Contract.PREDICTIONS.schema());
    r.put("session_id", s);
    r.put("user_id", u);
    r.put("split", split);
    r.put("label", label);
    r.put("probability", p);
    return r;
  }

  /** The test AUC of a variant: 0.905 honest, 0.931 seed's filter, 0.952 with funnel. */
  double auc(Variant v) {
    return previous ? 0.880 : switch (v) {
      case NO_FUNNEL -> 0.905;
      case FUNNEL_REMOVED -> 0.931;
      case WITH_FUNNEL -> 0.952;
    };
  }

  /** Metrics with a test AUC of {@code testAuc}, 95% CI {@code [testAuc - 0.05, + 0.04]}. */
  static MetricsJson metrics(double testAuc) {
    return metrics(testAuc, Variant.NO_FUNNEL);
  }

  /**
   * The same with the variant's audit: the seed's filter's largest time gap ranks conversion at
   * 0.85 [0.80, 0.89] against 0.52 [0.47, 0.56] with the honest cut.
   */
  static MetricsJson metrics(double testAuc, Variant v) {
    List<MetricsJson.CalibrationBin> bins = List.of(
        new MetricsJson.CalibrationBin(0, 0.2, 6, 0.1, 0.12),
        new MetricsJson.CalibrationBin(0.4, 0.6, 8, 0.5, 0.45),
        new MetricsJson.CalibrationBin(0.8, 1, 6, 0.85, 0.9),
        new MetricsJson.CalibrationBin(0.6, 0.8, 0, Double.NaN, Double.NaN));
    List<MetricsJson.Epoch> epochs = new ArrayList<>();
    for (int e = 1; e <= 4; e++) {
      epochs.add(new MetricsJson.Epoch(e, 0.7 - 0.05 * e, testAuc - 0.04 + 0.01 * e,
          0.6 - 0.02 * e, 3.0, 850));
    }
    return new MetricsJson(
        new MetricsJson.SplitMetrics(new Auc(testAuc - 0.011, testAuc - 0.06,
            testAuc + 0.03, 5, 1, 4), 0.52, 0.18, bins),
        new MetricsJson.SplitMetrics(new Auc(testAuc, testAuc - 0.05, testAuc + 0.04, 10, 3,
            8), 0.5123, 0.1712, bins),
        0.97, new MetricsJson.Fit(epochs, 3, 4),
        new MetricsJson.Speed(12.5, 850, 4200, 20, 530, 2100, 1.2, 2),
        new MetricsJson.Setup("baby", "cpu", 64, true, 5, 0.4, 5), v == Variant.FUNNEL_REMOVED
            ? new MetricsJson.Audit(Samples.auc(testAuc), 1.8, List.of(
                new MetricsJson.Statistic("length", "events", "higher", Samples.auc(0.55),
                    new AucDifference(0.38, 0.3, 0.45)),
                new MetricsJson.Statistic("largest_gap", "seconds", "higher", Samples.auc(0.85),
                    new AucDifference(0.08, 0.03, 0.12))))
            : Samples.audit(testAuc), List.of());
  }

  /** The attribute stage's audit of a variant whose metrics are {@code m}. */
  static AuditJson audit(Variant v, MetricsJson m) {
    Auc model = m.test().auc();
    boolean funnel = v == Variant.WITH_FUNNEL;
    return new AuditJson(v.id(), model, new Auc(0.81, 0.74, 0.88, 10, 3, 8),
        new AucDifference(model.value() - 0.81, -0.02, 0.2), m.audit().timeNeutralised(),
        m.audit().statistics(), List.of(), new AuditJson.Verdict(model.ciLow() > 0.5, false,
            funnel, false, List.of(), funnel ? AuditJson.Verdict.LEAKS : AuditJson.Verdict.NONE,
            "Test AUC " + model.value() + (funnel ? ". It sees the funnel events, so it leaks by"
                + " design." : ".")));
  }

  static FaithfulnessJson faithfulness() {
    Map<String, double[]> drops = new LinkedHashMap<>();
    drops.put("attention", new double[] {0.012, 0.030, 0.050});
    drops.put("rollout", new double[] {0.010, 0.026, 0.041});
    drops.put("gradient_x_input", new double[] {0.015, 0.036, 0.058});
    drops.put("occlusion", new double[] {0.021, 0.047, 0.071});
    drops.put(FaithfulnessJson.RANDOM, new double[] {0.002, 0.006, 0.010});
    List<Integer> ks = List.of(1, 3, 5);
    List<FaithfulnessJson.Result> rows = new ArrayList<>();
    for (int i = 0; i < ks.size(); i++) {
      int k = i;
      drops.forEach((m, d) -> rows.add(new FaithfulnessJson.Result(ks.get(k), m, 10, d[k],
          0.002, d[k] - drops.get(FaithfulnessJson.RANDOM)[k])));
    }
    List<FaithfulnessJson.Result> rises = rows.stream().map(r -> new FaithfulnessJson.Result(
        r.k(), r.method(), r.sessions(), r.meanDrop() * 0.8, r.stdError(), r.minusRandom() * 0.8))
        .toList();
    List<FaithfulnessJson.Aopc> aopc = new ArrayList<>();
    drops.forEach((m, d) -> {
      double del = (d[0] + d[1] + d[2]) / 3;
      double random = java.util.Arrays.stream(drops.get(FaithfulnessJson.RANDOM)).average()
          .orElseThrow();
      aopc.add(new FaithfulnessJson.Aopc(m, del, del * 0.8, del - random, (del - random) * 0.8));
    });
    return new FaithfulnessJson("test", 10, ks, List.of("attention", "rollout",
        "gradient_x_input", "occlusion"), "the fixture's deletion test", rows, rises, aopc);
  }

  private void attribute(RunLayout layout, Variant v, Manifest train) throws IOException {
    new FixtureAttribute(runId, previous).write(layout.stageDir(Stage.ATTRIBUTE, v), v,
        train, layout.stageDir(Stage.TRAIN, v), audit(v, metrics(auc(v), v)));
  }
}
