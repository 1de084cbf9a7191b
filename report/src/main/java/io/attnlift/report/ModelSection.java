package io.attnlift.report;

import io.attnlift.common.json.MetricsJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The model-quality section: ROC curves, calibration, training curves and a metrics table. */
final class ModelSection {
  private static final double[] UNIT = {0, 1};

  private ModelSection() {}

  static Map<String, Object> build(RunData run) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("roc", roc(run));
    v.put("calibration", calibration(run));
    v.put("loss", epochs(run, MetricsJson.Epoch::trainLoss, "Training loss by epoch",
        "training loss (log loss)"));
    v.put("valAuc", epochs(run, MetricsJson.Epoch::valAuc, "Validation AUC by epoch",
        "validation AUC"));
    v.put("table", table(run));
    return v;
  }

  private static String roc(RunData run) {
    List<LineChart.Series> s = new ArrayList<>();
    for (VariantData v : run.variants()) {
      s.add(new LineChart.Series(v.variant().id() + " (AUC " + Fmt.num(v.train().testRoc().auc(),
          3) + ")", Palette.of(v.variant().id()), v.train().testRoc().thinned(300), false, false));
    }
    List<double[]> pts = run.primary().attribute().baselines().logreg().roc();
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
      for (MetricsJson.CalibrationBin b : v.train().metrics().test().calibration()) {
        if (b.count() > 0) {
          pts.add(new double[] {b.meanPredicted(), b.observedRate()});
        }
      }
      s.add(new LineChart.Series(v.variant().id(), Palette.of(v.variant().id()), pts, false,
          true));
    }
    return LineChart.render("Calibration on the test split", "mean predicted probability",
        "observed conversion rate", UNIT, UNIT, s, true);
  }

  private static String epochs(RunData run, ToDoubleFunction<MetricsJson.Epoch> value,
      String title, String yLabel) {
    List<LineChart.Series> s = new ArrayList<>();
    for (VariantData v : run.variants()) {
      List<double[]> pts = new ArrayList<>();
      for (MetricsJson.Epoch e : v.train().metrics().fit().curve()) {
        pts.add(new double[] {e.epoch(), value.applyAsDouble(e)});
      }
      s.add(new LineChart.Series(v.variant().id(), Palette.of(v.variant().id()), pts, false,
          true));
    }
    return LineChart.render(title, "epoch", yLabel, null, null, s, false);
  }

  private static Map<String, Object> table(RunData run) {
    TableView t = new TableView("Model", "#Val AUC", "#Test AUC (95% CI over users)",
        "#Test sessions", "#Converted", "#Test log loss", "#Test Brier", "#Counts baseline AUC",
        "#Best epoch", "#Train time (s)", "#Inference (seq/s)", "Device");
    for (VariantData v : run.variants()) {
      MetricsJson m = v.train().metrics();
      String sameAs = v.train().sameAs() == null ? ""
          : "; the same sessions as " + v.train().sameAs() + ", so the same model";
      t.row(v.variant().id() + " (" + v.role() + sameAs + ")",
          Fmt.auc(m.val().auc()), Fmt.auc(m.test().auc()), Fmt.count(m.test().auc().sessions()),
          Fmt.count(m.test().auc().converted()), Fmt.num(m.test().logLoss(), 4),
          Fmt.num(m.test().brier(), 4), Fmt.auc(v.attribute().baselines().logreg().testAuc()),
          Fmt.count(m.fit().epochKept()), Fmt.num(m.speed().trainSeconds(), 1),
          Fmt.count(m.speed().inferenceSequencesPerSecond()), m.setup().device());
    }
    return t.view("Model metrics per variant", null);
  }
}
