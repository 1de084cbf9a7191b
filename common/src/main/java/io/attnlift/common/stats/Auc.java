package io.attnlift.common.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * An AUC with its 95% interval and what it rests on. The interval is a percentile bootstrap over
 * users: each resample draws as many users as there are, with replacement, and takes all of their
 * sessions, because sessions of one user are not independent.
 *
 * @param value the AUC of all sessions (NaN when one class is absent)
 * @param ciLow the interval's lower end (NaN when fewer than half the resamples had both classes)
 * @param ciHigh the interval's upper end
 * @param sessions sessions scored
 * @param converted of which converted
 * @param users distinct users among them
 */
public record Auc(double value, double ciLow, double ciHigh, int sessions, int converted,
    int users) {
  /** Resamples of users behind every interval. */
  public static final int RESAMPLES = 1000;

  /**
   * The AUC of {@code scores} for {@code labels}, with the interval from {@link #RESAMPLES}
   * resamples of {@code users}.
   *
   * @param users the user of each session
   * @param seed the resampling seed: the same data and seed give the same interval
   */
  public static Auc of(double[] scores, int[] labels, String[] users, long seed) {
    double value = Roc.area(scores, labels);
    if (users.length != scores.length) {
      throw new IllegalArgumentException("users and scores differ in length");
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    int[][] byUser = group(users);
    int converted = Arrays.stream(labels).sum();
    double[] boot = new double[RESAMPLES];
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] weight = new long[scores.length];
    for (int b = 0; b < RESAMPLES; b++) {
      Arrays.fill(weight, 0);
      for (int u = 0; u < byUser.length; u++) {
        for (int s : byUser[rnd.nextInt(byUser.length)]) {
          weight[s]++;
        }
      }
      boot[b] = weightedArea(order, scores, labels, weight);
    }
    double[] defined = Arrays.stream(boot).filter(Double::isFinite).toArray();
    if (!Double.isFinite(value) || defined.length * 2 < RESAMPLES) {
      return new Auc(value, Double.NaN, Double.NaN, scores.length, converted, byUser.length);
    }
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    return new Auc(value, p.evaluate(defined, 2.5), p.evaluate(defined, 97.5), scores.length,
        converted, byUser.length);
  }

  /** An AUC without an interval (as read from a run that did not compute one). */
  public static Auc point(double value, int sessions, int converted, int users) {
    return new Auc(value, Double.NaN, Double.NaN, sessions, converted, users);
  }

  /** Whether the interval is defined. */
  public boolean hasInterval() {
    return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
  }

  /**
   * The AUC of sessions drawn {@code weight[i]} times: a positive outranks a negative with weight
   * w_p * w_n, ties count half. One pass over the sessions in score order.
   */
  static double weightedArea(Integer[] ascending, double[] scores, int[] labels, long[] weight) {
    double negBelow = 0;
    double pos = 0;
    double neg = 0;
    double u = 0;
    for (int i = 0; i < ascending.length; ) {
      int j = i;
      double groupPos = 0;
      double groupNeg = 0;
      while (j < ascending.length && scores[ascending[j]] == scores[ascending[i]]) {
        int s = ascending[j];
        if (labels[s] == 1) {
          groupPos += weight[s];
        } else {
          groupNeg += weight[s];
        }
        j++;
      }
      u += groupPos * (negBelow + groupNeg / 2);
      negBelow += groupNeg;
      pos += groupPos;
      neg += groupNeg;
      i = j;
    }
    return pos == 0 || neg == 0 ? Double.NaN : u / (pos * neg);
  }

  /** Session indices per distinct user, users in order of first appearance. */
  static int[][] group(String[] users) {
    Map<String, List<Integer>> m = new HashMap<>();
    List<List<Integer>> order = new ArrayList<>();
    for (int i = 0; i < users.length; i++) {
      List<Integer> l = m.computeIfAbsent(String.valueOf(users[i]), k -> {
        List<Integer> n = new ArrayList<>();
        order.add(n);
        return n;
      });
      l.add(i);
    }
    int[][] out = new int[order.size()][];
    for (int u = 0; u < out.length; u++) {
      out[u] = order.get(u).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
