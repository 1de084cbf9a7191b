package io.attnlift.bench;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.json.MetricsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a finished run's quality: per variant, the model's test AUC against the Bayes-optimal
 * and events-only AUCs of the same test sessions (from extract's session truth), the train
 * stage's own metrics, and the attribute stage's ground-truth check, as a JSON-ready map.
 */
public final class RunQuality {
  private final RunLayout layout;

  public RunQuality(RunLayout layout) {
    this.layout = layout;
  }

  /** The quality of each variant; the truth-based numbers are absent for non-synthetic data. */
  public Map<String, Object> measure(List<Variant> variants) throws IOException {
    Map<String, double[]> truth = readTruth();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run_id", layout.runId());
    out.put("world", world());
    Map<String, Object> byVariant = new LinkedHashMap<>();
    for (Variant v : variants) {
      byVariant.put(v.id(), variant(v, truth));
    }
    out.put("variants", byVariant);
    return out;
  }

  private Map<String, Object> variant(Variant v, Map<String, double[]> truth) throws IOException {
    Map<String, Object> r = new LinkedHashMap<>();
    Path train = layout.stageDir(Stage.TRAIN, v);
    MetricsJson m = MetricsJson.CONTRACT.read(train.resolve(MetricsJson.CONTRACT.fileName()));
    r.put("metrics_test_auc", finite(m.test().auc().value()));
    r.put("metrics_test_auc_ci_low", finite(m.test().auc().ciLow()));
    r.put("metrics_test_auc_ci_high", finite(m.test().auc().ciHigh()));
    r.put("metrics_val_auc", finite(m.val().auc().value()));
    r.put("metrics_train_auc", finite(m.trainAuc()));
    r.put("metrics_test_log_loss", finite(m.test().logLoss()));
    r.put("metrics_epochs_run", m.fit().epochsRun());
    r.put("metrics_epoch_kept", m.fit().epochKept());
    r.put("metrics_train_seconds", m.speed().trainSeconds());
    r.put("metrics_train_sequences_per_second", m.speed().trainSequencesPerSecond());
    r.put("metrics_inference_sequences_per_second", m.speed().inferenceSequencesPerSecond());
    r.put("metrics_device", m.setup().device());
    r.put("metrics_length_buckets", m.setup().lengthBuckets());
    if (truth != null) {
      putQuality(r, VariantQuality.of(testScores(train.resolve("predictions"), truth)));
    }
    Path check = layout.stageDir(Stage.ATTRIBUTE, v)
        .resolve(GroundTruthCheckJson.CONTRACT.fileName());
    GroundTruthCheckJson c =
        truth == null ? null : GroundTruthCheckJson.CONTRACT.readIfPresent(check);
    r.put("ground_truth_check", c == null ? null : GroundTruthCheckJson.CONTRACT.tree(c));
    return r;
  }

  private static void putQuality(Map<String, Object> r, VariantQuality q) {
    r.put("test_sessions", q.sessions());
    r.put("test_converted", q.converted());
    r.put("model_auc", finite(q.modelAuc()));
    r.put("bayes_auc", finite(q.bayesAuc()));
    r.put("events_only_auc", finite(q.eventsOnlyAuc()));
    r.put("share_of_achievable", finite(q.shareOfAchievable()));
  }

  /** The test split's predictions joined to the session truth; every session must be found. */
  private List<SessionScore> testScores(Path predictions, Map<String, double[]> truth)
      throws IOException {
    List<SessionScore> scores = new ArrayList<>();
    int[] missing = {0};
    String[] example = {null};
    ParquetFiles.read(predictions, Contract.PREDICTIONS, rec -> {
      if (!"test".equals(rec.get("split").toString())) {
        return;
      }
      String id = rec.get("session_id").toString();
      double[] t = truth.get(id);
      if (t == null) {
        missing[0]++;
        example[0] = id;
        return;
      }
      boolean label = ((Number) rec.get("label")).intValue() == 1;
      scores.add(new SessionScore(label, (Double) rec.get("probability"), t[0], t[1]));
    });
    if (missing[0] > 0) {
      throw StageException.badInput("%s: %d test sessions have no session truth (e.g. '%s'):"
          + " predictions and truth are from different runs", predictions, missing[0], example[0]);
    }
    if (scores.isEmpty()) {
      throw StageException.badInput("%s has no test-split predictions", predictions);
    }
    return scores;
  }

  /** session_id → {true_probability, events_only_probability}, or null for non-synthetic data. */
  private Map<String, double[]> readTruth() throws IOException {
    Path dir = layout.stageDir(Stage.EXTRACT).resolve(Contract.SESSION_TRUTH.id());
    if (!Files.isDirectory(dir)) {
      return null;
    }
    Map<String, double[]> truth = new HashMap<>();
    ParquetFiles.read(dir, Contract.SESSION_TRUTH, rec -> truth.put(
        rec.get("session_id").toString(),
        new double[] {
          (Double) rec.get("true_probability"), (Double) rec.get("events_only_probability")
        }));
    return truth;
  }

  private String world() {
    GroundTruthJson gt = GroundTruthJson.CONTRACT.readIfPresent(
        layout.stageDir(Stage.EXTRACT).resolve(GroundTruthJson.CONTRACT.fileName()));
    return gt == null ? null : gt.world();
  }

  static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
