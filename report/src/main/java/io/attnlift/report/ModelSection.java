package io.attnlift.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model-quality section: ROC curves, calibration, training curves and a metrics table. */
final class ModelSection {
  private static final double[] UNIT = {0, 1};

  private ModelSection() {}

  static Map<String, Object> build(RunData run) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("roc", roc(run));
    v.put("calibration", calibration(run));
    v.put("loss", epochs(run, "train_loss", "Training loss by epoch", "training loss (log loss)"));
    v.put("valAuc", epochs(run, "val_auc", "Validation AUC by epoch", "validation AUC"));
    v.put("table", table(run));
    return v;
  }

  private static String roc(RunData run) {
    List<LineChart.Series> s = new ArrayList<>();
    for (VariantData v : run.variants()) {
      s.add(new LineChart.Series(v.variant().id() + " (AUC " + Fmt.num(v.train().testRoc().auc(),
          3) + ")", Palette.of(v.variant().id()), v.train().testRoc().thinned(300), false, false));
    }
    JsonNode roc = run.primary().attribute().baselines().root().path("logreg").path("roc");
    List<double[]> pts = new ArrayList<>();
    for (JsonNode p : roc) {
      pts.add(new double[] {JsonInput.num(p.path(0)), JsonInput.num(p.path(1))});
    }
    if (!pts.isEmpty()) {
      s.add(new LineChart.Series("counts baseline (AUC " + Fmt.num(
          Headline.baselineAuc(run.primary()), 3) + ")", Palette.of("logreg"), pts, true, false));
    }
    return LineChart.render("ROC curves on the test split", "false positive rate",
        "true positive rate", UNIT, UNIT, s, true);
  }

  private static String calibration(RunData run) {
    List<LineChart.Series> s = new ArrayList<>();
    for (VariantData v : run.variants()) {
      List<double[]> pts = new ArrayList<>();
      for (JsonNode b : v.train().calibration()) {
        pts.add(new double[] {JsonInput.num(b.path("mean_predicted")),
            JsonInput.num(b.path("observed_rate"))});
      }
      s.add(new LineChart.Series(v.variant().id(), Palette.of(v.variant().id()), pts, false,
          true));
    }
    return LineChart.render("Calibration on the test split", "mean predicted probability",
        "observed conversion rate", UNIT, UNIT, s, true);
  }

  private static String epochs(RunData run, String key, String title, String yLabel) {
    List<LineChart.Series> s = new ArrayList<>();
    for (VariantData v : run.variants()) {
      List<double[]> pts = new ArrayList<>();
      for (JsonNode e : v.train().epochs()) {
        pts.add(new double[] {JsonInput.num(e.path("epoch")), TrainInput.epochValue(e, key)});
      }
      s.add(new LineChart.Series(v.variant().id(), Palette.of(v.variant().id()), pts, false,
          true));
    }
    return LineChart.render(title, "epoch", yLabel, null, null, s, false);
  }

  private static Map<String, Object> table(RunData run) {
    TableView t = new TableView("Model", "#Val AUC", "#Test AUC", "#Test log loss",
        "#Test Brier", "#Counts baseline AUC", "#Best epoch", "#Train time (s)",
        "#Inference (seq/s)", "Device");
    for (VariantData v : run.variants()) {
      JsonInput m = v.train().metrics();
      t.row(v.variant().id() + (v.leaky() ? " (leakage)" : " (honest)"),
          Fmt.num(v.train().valAuc(), 3), Fmt.num(v.train().testAuc(), 3),
          Fmt.num(m.numberOr("test_log_loss"), 4), Fmt.num(m.numberOr("test_brier"), 4),
          Fmt.num(Headline.baselineAuc(v), 3), Fmt.count(v.train().bestEpoch()),
          Fmt.num(m.numberOr("train_seconds"), 1),
          Fmt.count(m.numberOr("inference_sequences_per_second")),
          m.root().path("device").asText(Fmt.NA));
    }
    return t.view("Model metrics per variant", null);
  }
}
