package io.attnlift.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Spearman rank correlation between two scorings of the same keys (ties get average ranks). */
final class Ranks {
  /**
   * @param value the correlation, NaN when fewer than three keys are scored by both or one side is
   *     constant
   * @param n the keys scored (finite) by both
   */
  record Spearman(double value, int n) {}

  private Ranks() {}

  /** Spearman's rho over the keys of {@code a} that both score with a finite number. */
  static Spearman spearman(Map<String, Double> a, Map<String, Double> b) {
    List<double[]> pairs = new ArrayList<>();
    a.forEach(
        (k, x) -> {
          Double y = b.get(k);
          if (x != null && y != null && Double.isFinite(x) && Double.isFinite(y)) {
            pairs.add(new double[] {x, y});
          }
        });
    int n = pairs.size();
    if (n < 3) {
      return new Spearman(Double.NaN, n);
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = pairs.get(i)[0];
      ys[i] = pairs.get(i)[1];
    }
    if (constant(xs) || constant(ys)) {
      return new Spearman(Double.NaN, n);
    }
    return new Spearman(new SpearmansCorrelation().correlation(xs, ys), n);
  }

  private static boolean constant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }
}
