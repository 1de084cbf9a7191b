package io.attnlift.common.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The ROC curve of scores against 0/1 labels. Tied scores form one step, so the area equals the
 * Mann-Whitney probability that a positive outranks a negative, ties counting half.
 *
 * @param points (false positive rate, true positive rate) from (0, 0) to (1, 1)
 * @param auc the area under the curve, NaN when one class is absent
 */
public record Roc(List<double[]> points, double auc) {

  /**
   * The area under the curve: the Mann-Whitney U of the positives over the product of the class
   * sizes, with average ranks for ties (commons-math's ranking); NaN when one class is absent.
   *
   * @throws IllegalArgumentException on a NaN score or lengths that differ
   */
  public static double area(double[] scores, int[] labels) {
    check(scores, labels);
    long pos = Arrays.stream(labels).filter(l -> l == 1).count();
    long neg = labels.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(scores);
    double rankSum = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (labels[i] == 1) {
        rankSum += ranks[i];
      }
    }
    return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /** The curve and its area. */
  public static Roc of(double[] scores, int[] labels) {
    check(scores, labels);
    int n = scores.length;
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
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        if (labels[order[j]] == 1) {
          tp++;
        } else {
          fp++;
        }
        j++;
      }
      pts.add(new double[] {(double) fp / neg, (double) tp / pos});
      i = j;
    }
    return new Roc(pts, area(scores, labels));
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

  private static void check(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + labels.length);
    }
    for (int i = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", not 0 or 1");
      }
    }
  }
}
