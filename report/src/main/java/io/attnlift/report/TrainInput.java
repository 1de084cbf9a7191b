package io.attnlift.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Contract;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report reads from {@code runs/<id>/train/<variant>/}: metrics.json, the predictions
 * (for the ROC curve and the conversion rate) and faithfulness.json.
 *
 * @param metrics metrics.json (val_auc and test_auc required)
 * @param deletion the deletion test from faithfulness.json
 * @param testRoc the ROC curve of the test split, computed from the predictions
 * @param sessions sessions with a prediction (every split)
 * @param converted of which converted
 */
public record TrainInput(
    JsonInput metrics, Deletion deletion, Roc testRoc, long sessions, long converted) {

  /** Reads and checks the train output of one variant. */
  public static TrainInput read(RunLayout layout, Variant variant) {
    Path dir = layout.stageDir(Stage.TRAIN, variant);
    Manifests.require(dir, Stage.TRAIN);
    JsonInput metrics = JsonInput.read(dir.resolve("metrics.json"));
    metrics.number("val_auc");
    metrics.number("test_auc");
    Deletion deletion = Deletion.from(JsonInput.read(dir.resolve("faithfulness.json")));
    return readPredictions(dir.resolve("predictions"), metrics, deletion);
  }

  private static TrainInput readPredictions(Path dir, JsonInput metrics,
      Deletion deletion) {
    List<Integer> labels = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    long[] counts = new long[2];
    try {
      ParquetFiles.read(
          dir,
          Contract.PREDICTIONS,
          r -> {
            int label = (Integer) r.get("label");
            counts[0]++;
            counts[1] += label;
            if ("test".equals(String.valueOf(r.get("split")))) {
              labels.add(label);
              scores.add((Double) r.get("probability"));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read predictions in " + dir, e);
    }
    if (labels.isEmpty()) {
      throw StageException.badInput("%s has no test-split predictions", dir);
    }
    int[] l = labels.stream().mapToInt(Integer::intValue).toArray();
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    return new TrainInput(metrics, deletion, Roc.of(l, s), counts[0], counts[1]);
  }

  public double valAuc() {
    return metrics.number("val_auc");
  }

  public double testAuc() {
    return metrics.number("test_auc");
  }

  /** The test calibration bins ({@code calibration} or {@code test_calibration}; may be empty). */
  public JsonNode calibration() {
    return first("calibration", "test_calibration");
  }

  /** The per-epoch training curve ({@code epochs} or {@code curve}; may be empty). */
  public JsonNode epochs() {
    return first("epochs", "curve");
  }

  /** A per-epoch value, by its snake_case or camelCase key ({@code train_loss}, trainLoss). */
  public static double epochValue(JsonNode epoch, String key) {
    double v = JsonInput.num(epoch.get(key));
    return Double.isNaN(v) ? JsonInput.num(epoch.get(Stats.camel(key))) : v;
  }

  /** The epoch whose weights were kept ({@code best_epoch} or {@code epoch_kept}), or NaN. */
  public double bestEpoch() {
    double v = metrics.numberOr("best_epoch");
    return Double.isNaN(v) ? metrics.numberOr("epoch_kept") : v;
  }

  private JsonNode first(String... keys) {
    for (String k : keys) {
      if (metrics.root().path(k).isArray()) {
        return metrics.root().path(k);
      }
    }
    return metrics.root().path(keys[0]);
  }
}
