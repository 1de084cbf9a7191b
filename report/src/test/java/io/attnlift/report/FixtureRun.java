package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Writes every stage's output for both variants and returns the run layout. */
  RunLayout build() throws IOException {
    RunLayout layout = new RunLayout(root, runId);
    extract(layout);
    for (Variant v : Variant.values()) {
      preprocess(layout, v);
      train(layout, v);
      attribute(layout, v);
    }
    return layout;
  }

  private void extract(RunLayout layout) throws IOException {
    Path dir = layout.stageDir(Stage.EXTRACT);
    Files.createDirectories(dir);
    Json.write(dir.resolve("ground_truth.json"), Map.of("world", "fixture-world",
        "drivers", List.of("store_page_load"), "hero_stores", List.of("s1"),
        "event_contributions", Map.of("store_page_load", 0.3),
        "store_contributions", Map.of("s1", 0.2)));
    new Manifests.Builder(Stage.EXTRACT, null, runId)
        .stat("source", "synthetic")
        .stat("window", Map.of("since", "2026-11-01", "until", "2026-11-22"))
        .stat("seed", 7).stat("users_sampled", 12).stat("rows", 345).stat("sessions", 20)
        .stat("rejected", Map.of("missing_session_id", 3, "bad_timestamp", 2))
        .file("ground_truth.json")
        .writeTo(dir);
  }

  private void preprocess(RunLayout layout, Variant v) throws IOException {
    Path dir = layout.stageDir(Stage.PREPROCESS, v);
    Files.createDirectories(dir);
    Map<String, Object> splits = new LinkedHashMap<>();
    splits.put("train", Map.of("sessions", 5, "converted", 2, "conversion_rate", 0.4));
    splits.put("val", Map.of("sessions", 5, "converted", 1, "conversion_rate", 0.2));
    splits.put("test", Map.of("sessions", 10, "converted", 3, "conversion_rate", 0.3));
    new Manifests.Builder(Stage.PREPROCESS, v, runId)
        .stat("splits", splits).stat("truncated", 1).stat("duplicates_removed", 4)
        .stat("dropped", Map.of("too_short", 2))
        .writeTo(dir);
  }

  private void train(RunLayout layout, Variant v) throws IOException {
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
    double auc = previous ? 0.880 : leaky ? 0.952 : 0.905;
    Json.write(dir.resolve("metrics.json"), metrics(auc));
    Json.write(dir.resolve("faithfulness.json"), faithfulness());
    new Manifests.Builder(Stage.TRAIN, v, runId)
        .dataset(dir, "predictions", Contract.PREDICTIONS, rows.size())
        .file("metrics.json").file("faithfulness.json")
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

  private static Map<String, Object> metrics(double testAuc) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("val_auc", testAuc - 0.011);
    m.put("test_auc", testAuc);
    m.put("train_seconds", 12.5);
    m.put("train_sequences_per_second", 850.0);
    m.put("inference_sequences_per_second", 4200.0);
    m.put("val_log_loss", 0.52);
    m.put("test_log_loss", 0.5123);
    m.put("test_brier", 0.1712);
    m.put("best_epoch", 3);
    m.put("device", "cpu");
    m.put("calibration", List.of(
        Map.of("bin", 0, "mean_predicted", 0.1, "observed_rate", 0.12, "n", 6),
        Map.of("bin", 1, "mean_predicted", 0.5, "observed_rate", 0.45, "n", 8),
        Map.of("bin", 2, "mean_predicted", 0.85, "observed_rate", 0.9, "n", 6)));
    List<Map<String, Object>> epochs = new ArrayList<>();
    for (int e = 1; e <= 4; e++) {
      epochs.add(Map.of("epoch", e, "train_loss", 0.7 - 0.05 * e,
          "val_auc", testAuc - 0.04 + 0.01 * e, "val_log_loss", 0.6 - 0.02 * e));
    }
    m.put("epochs", epochs);
    return m;
  }

  private static Map<String, Object> faithfulness() {
    Map<String, Object> methods = new LinkedHashMap<>();
    methods.put("attention", Map.of("1", 0.012, "3", 0.030, "5", 0.050));
    methods.put("rollout", Map.of("1", 0.010, "3", 0.026, "5", 0.041));
    methods.put("gradient_x_input", Map.of("1", 0.015, "3", 0.036, "5", 0.058));
    methods.put("occlusion", Map.of("1", 0.021, "3", 0.047, "5", 0.071));
    methods.put("random", Map.of("1", 0.002, "3", 0.006, "5", 0.010));
    return Map.of("k", List.of(1, 3, 5), "sessions", 10, "methods", methods);
  }

  private void attribute(RunLayout layout, Variant v) throws IOException {
    new FixtureAttribute(runId, previous).write(layout.stageDir(Stage.ATTRIBUTE, v), v);
  }
}
