package io.attnlift.train;

import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.stats.Roc;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores of probabilities against labels: AUC (common's one implementation), log-loss, Brier
 * score, calibration bins.
 */
public final class Metrics {
  private static final double CLIP = 1e-7;

  private Metrics() {}

  /** ROC AUC, ties counted half; NaN when one class is absent ({@link Roc#area}). */
  public static double auc(double[] p, int[] y) {
    return Roc.area(p, y);
  }

  /** Mean binary cross-entropy, probabilities clipped away from 0 and 1. */
  public static double logLoss(double[] p, int[] y) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(1 - CLIP, Math.max(CLIP, p[i]));
      s -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
    }
    return s / p.length;
  }

  /** Mean squared error of the probabilities. */
  public static double brier(double[] p, int[] y) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s += (p[i] - y[i]) * (p[i] - y[i]);
    }
    return s / p.length;
  }

  /** Ten equal-width bins of predicted probability: count, mean predicted, observed rate. */
  public static List<MetricsJson.CalibrationBin> calibration(double[] p, int[] y) {
    int bins = 10;
    long[] n = new long[bins];
    double[] sumP = new double[bins];
    long[] pos = new long[bins];
    for (int i = 0; i < p.length; i++) {
      int b = Math.min(bins - 1, (int) (p[i] * bins));
      n[b]++;
      sumP[b] += p[i];
      pos[b] += y[i];
    }
    List<MetricsJson.CalibrationBin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      out.add(new MetricsJson.CalibrationBin(b / (double) bins, (b + 1) / (double) bins, n[b],
          n[b] == 0 ? Double.NaN : sumP[b] / n[b],
          n[b] == 0 ? Double.NaN : pos[b] / (double) n[b]));
    }
    return out;
  }
}
