package io.attnlift.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores of probabilities against labels: AUC, log-loss, Brier score, calibration bins. */
public final class Metrics {
  private static final double CLIP = 1e-7;

  private Metrics() {}

  /** ROC AUC by the rank-sum formula, ties counted half; NaN when one class is absent. */
  public static double auc(double[] p, int[] y) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double rankSumPos = 0;
    long pos = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSumPos += midRank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = p.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
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
  public static List<Map<String, Object>> calibration(double[] p, int[] y) {
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
    List<Map<String, Object>> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lower", b / (double) bins);
      m.put("upper", (b + 1) / (double) bins);
      m.put("count", n[b]);
      m.put("mean_predicted", n[b] == 0 ? null : sumP[b] / n[b]);
      m.put("observed_rate", n[b] == 0 ? null : pos[b] / (double) n[b]);
      out.add(m);
    }
    return out;
  }
}
