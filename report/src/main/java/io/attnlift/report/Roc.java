package io.attnlift.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ROC curve and its area for binary labels and scores; tied scores form one step, so the
 * area equals the Mann-Whitney probability that a positive outranks a negative (ties count half).
 *
 * @param points (false positive rate, true positive rate) from (0, 0) to (1, 1)
 * @param auc the area under the curve, NaN when one class is absent
 */
public record Roc(List<double[]> points, double auc) {

  /** Computes the curve; {@code labels[i]} is 1 for a positive. */
  public static Roc of(int[] labels, double[] scores) {
    int n = labels.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    long pos = Arrays.stream(labels).filter(l -> l == 1).count();
    long neg = n - pos;
    List<double[]> pts = new ArrayList<>();
    pts.add(new double[] {0, 0});
    if (pos == 0 || neg == 0) {
      pts.add(new double[] {1, 1});
      return new Roc(pts, Double.NaN);
    }
    long tp = 0;
    long fp = 0;
    double area = 0;
    for (int i = 0; i < n; ) {
      long dtp = 0;
      long dfp = 0;
      int j = i;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        if (labels[order[j]] == 1) {
          dtp++;
        } else {
          dfp++;
        }
        j++;
      }
      area += dfp * (tp + dtp / 2.0);
      tp += dtp;
      fp += dfp;
      pts.add(new double[] {(double) fp / neg, (double) tp / pos});
      i = j;
    }
    return new Roc(pts, area / ((double) pos * neg));
  }

  /** At most {@code max} points, evenly spread along the curve, first and last kept. */
  public List<double[]> thinned(int max) {
    if (points.size() <= max) {
      return points;
    }
    List<double[]> out = new ArrayList<>();
    double step = (points.size() - 1) / (double) (max - 1);
    for (int i = 0; i < max; i++) {
      out.add(points.get((int) Math.round(i * step)));
    }
    return out;
  }
}
