package io.attnlift.common.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The difference of two AUCs on the same sessions (two rankings of one set), with a paired 95%
 * interval: each of {@link Auc#RESAMPLES} resamples of users scores both rankings on the same
 * sessions, so the interval is that of the difference, much narrower than two separate intervals
 * would suggest.
 *
 * @param value AUC of the first ranking minus AUC of the second
 * @param ciLow the interval's lower end (NaN when undefined)
 * @param ciHigh its upper end
 */
public record AucDifference(double value, double ciLow, double ciHigh) {
  /** The difference {@code auc(a) - auc(b)} with its paired bootstrap interval over users. */
  public static AucDifference of(double[] a, double[] b, int[] labels, String[] users,
      long seed) {
    if (a.length != b.length || a.length != labels.length || a.length != users.length) {
      throw new IllegalArgumentException("the rankings, labels and users differ in length");
    }
    double value = Roc.area(a, labels) - Roc.area(b, labels);
    Integer[] orderA = ascending(a);
    Integer[] orderB = ascending(b);
    int[][] byUser = Auc.group(users);
    double[] boot = new double[Auc.RESAMPLES];
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] weight = new long[a.length];
    for (int r = 0; r < boot.length; r++) {
      Arrays.fill(weight, 0);
      for (int u = 0; u < byUser.length; u++) {
        for (int s : byUser[rnd.nextInt(byUser.length)]) {
          weight[s]++;
        }
      }
      boot[r] = Auc.weightedArea(orderA, a, labels, weight)
          - Auc.weightedArea(orderB, b, labels, weight);
    }
    double[] defined = Arrays.stream(boot).filter(Double::isFinite).toArray();
    if (!Double.isFinite(value) || defined.length * 2 < boot.length) {
      return new AucDifference(value, Double.NaN, Double.NaN);
    }
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    return new AucDifference(value, p.evaluate(defined, 2.5), p.evaluate(defined, 97.5));
  }

  /** True when the whole interval lies above zero: the first ranking is better. */
  public boolean above() {
    return ciLow > 0;
  }

  private static Integer[] ascending(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    return order;
  }
}
