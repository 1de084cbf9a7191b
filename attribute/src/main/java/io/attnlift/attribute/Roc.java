package io.attnlift.attribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The ROC curve and AUC of scores against 0/1 labels (ties share their rank). */
final class Roc {
  /** Points kept in a curve at most. */
  static final int MAX_POINTS = 101;

  /**
   * @param auc the area under the curve (the Mann-Whitney statistic)
   * @param points [fpr, tpr] from (0, 0) to (1, 1), thinned to at most {@link #MAX_POINTS}
   */
  record Curve(double auc, List<double[]> points) {}

  private Roc() {}

  /** The curve; null when the labels hold only one class. */
  static Curve of(double[] scores, int[] labels) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    long pos = Arrays.stream(labels).filter(l -> l == 1).count();
    long neg = labels.length - pos;
    if (pos == 0 || neg == 0) {
      return null;
    }
    List<double[]> pts = new ArrayList<>();
    pts.add(new double[] {0, 0});
    double tp = 0;
    double fp = 0;
    double area = 0;
    for (int k = 0; k < order.length; ) {
      double prevFp = fp;
      double prevTp = tp;
      int j = k;
      while (j < order.length && scores[order[j]] == scores[order[k]]) {
        if (labels[order[j]] == 1) {
          tp++;
        } else {
          fp++;
        }
        j++;
      }
      area += (fp - prevFp) * (tp + prevTp) / 2.0;
      pts.add(new double[] {fp / neg, tp / pos});
      k = j;
    }
    return new Curve(area / (pos * neg), thin(pts));
  }

  private static List<double[]> thin(List<double[]> pts) {
    if (pts.size() <= MAX_POINTS) {
      return pts;
    }
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < MAX_POINTS; i++) {
      out.add(pts.get((int) Math.round((double) i * (pts.size() - 1) / (MAX_POINTS - 1))));
    }
    return out;
  }
}
