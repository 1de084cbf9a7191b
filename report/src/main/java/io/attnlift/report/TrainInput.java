package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.stats.Roc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report reads from {@code runs/<id>/train/<variant>/}: {@code metrics.json} and
 * {@code faithfulness.json} through their contracts, and the test split's predictions (for the
 * ROC curve).
 *
 * @param metrics the model's metrics
 * @param deletion the deletion test
 * @param testRoc the ROC curve of the test split, computed from the predictions
 * @param sameAs the variant whose model this one is, when the train stage copied it (the same
 *     sequences and options, see the train stage's {@code Twin}), else null
 */
public record TrainInput(
    MetricsJson metrics, FaithfulnessJson deletion, Roc testRoc, String sameAs) {

  /** Reads and checks the train output of one variant. */
  public static TrainInput read(RunLayout layout, Variant variant) {
    Path dir = layout.stageDir(Stage.TRAIN, variant);
    Manifest manifest = Manifests.require(layout, Stage.TRAIN, variant);
    String sameAs = manifest.inputs().stream()
        .filter(i -> Stage.TRAIN.dirName().equals(i.stage()))
        .map(Manifest.Input::variant).findFirst().orElse(null);
    MetricsJson metrics = MetricsJson.CONTRACT.read(dir.resolve(MetricsJson.CONTRACT.fileName()));
    FaithfulnessJson deletion =
        FaithfulnessJson.CONTRACT.read(dir.resolve(FaithfulnessJson.CONTRACT.fileName()));
    return readPredictions(dir.resolve("predictions"), metrics, deletion, sameAs);
  }

  private static TrainInput readPredictions(Path dir, MetricsJson metrics,
      FaithfulnessJson deletion, String sameAs) {
    List<Integer> labels = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    try {
      ParquetFiles.read(dir, Contract.PREDICTIONS, r -> {
        if ("test".equals(String.valueOf(r.get("split")))) {
          labels.add((Integer) r.get("label"));
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
    return new TrainInput(metrics, deletion, Roc.of(s, l), sameAs);
  }

  public double valAuc() {
    return metrics.val().auc().value();
  }

  public double testAuc() {
    return metrics.test().auc().value();
  }
}
