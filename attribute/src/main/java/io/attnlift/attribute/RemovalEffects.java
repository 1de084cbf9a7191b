package io.attnlift.attribute;

import io.attnlift.common.EventGroups;
import io.attnlift.common.stats.UserResamples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The model's removal effect of each group of events, aggregated over the re-scored sessions that
 * have it: the mean change in predicted probability when all of the group's events are removed
 * ({@code delta}, positive when the group pushes towards conversion) and the ratio of the mean
 * probabilities, each with a 95% percentile interval from resamples of users (common's
 * {@link UserResamples}: a user's sessions are drawn together), a two-sided p-value from delta
 * over its bootstrap standard error, what it rests on, and whether its sign holds in every refit
 * of the stability check (the same data and removals, models fitted with other seeds).
 */
final class RemovalEffects {
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  /**
   * One group's removal effect.
   *
   * @param group the group
   * @param sessions re-scored sessions that have it
   * @param converted of which converted
   * @param users distinct users among them
   * @param sessionsWithout re-scored sessions without it
   * @param convertedWithout of which converted
   * @param occurrences events removed in all
   * @param meanProbability mean probability of its sessions
   * @param meanWithout mean probability of the same sessions without its events
   * @param delta meanProbability - meanWithout, with its interval
   * @param ratio meanProbability / meanWithout, with its interval
   * @param se delta's bootstrap standard error
   * @param pValue two-sided p-value of delta = 0
   * @param stability delta across the fits of the stability check
   */
  record Effect(EventGroups.Group group, int sessions, int converted, int users,
      int sessionsWithout, int convertedWithout, long occurrences, double meanProbability,
      double meanWithout, Interval delta, Interval ratio, double se, double pValue,
      Stability stability) {}

  /**
   * A group's delta in every fit: the model kept and each refit.
   *
   * @param fits the fits compared (1: no refits)
   * @param sameSign fits whose delta has the kept model's sign (the kept model counted)
   * @param min the smallest delta among the fits
   * @param max the largest
   */
  record Stability(int fits, int sameSign, double min, double max) {
    /** Every fit gives the kept model's sign (trivially so without refits). */
    boolean stable() {
      return sameSign == fits;
    }

    /** Compares the kept delta with the refits' deltas (NaN: a refit without the group). */
    static Stability of(double kept, double[] refits) {
      int same = Double.isFinite(kept) && kept != 0 ? 1 : 0;
      double min = kept;
      double max = kept;
      for (double d : refits) {
        if (Double.isFinite(d) && Math.signum(d) == Math.signum(kept) && d != 0) {
          same++;
        }
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
      return new Stability(1 + refits.length, same, min, max);
    }
  }

  private RemovalEffects() {}

  /** The effect of every group in the rows, in the rows' group order. */
  static List<Effect> of(RemovalRows rows, int resamples, long seed) {
    int g = rows.groups().size();
    int n = rows.sessionIds().size();
    int totalConverted = (int) rows.labels().stream().filter(l -> l == 1).count();
    double[] w1 = new double[n];
    java.util.Arrays.fill(w1, 1);
    double[][] point = sums(rows, w1, g);
    int[] sessions = new int[g];
    int[] converted = new int[g];
    long[] occ = new long[g];
    List<Set<String>> users = new ArrayList<>();
    for (int k = 0; k < g; k++) {
      users.add(new HashSet<>());
    }
    for (int i = 0; i < rows.rows(); i++) {
      int k = rows.group()[i];
      int s = rows.session()[i];
      sessions[k]++;
      converted[k] += rows.labels().get(s);
      occ[k] += rows.occurrences()[i];
      users.get(k).add(rows.users().get(s));
    }
    double[][] deltas = new double[g][resamples];
    double[][] ratios = new double[g][resamples];
    UserResamples r = new UserResamples(rows.users().toArray(String[]::new), seed);
    long[] weight = new long[n];
    double[] w = new double[n];
    for (int b = 0; b < resamples; b++) {
      r.next(weight);
      for (int s = 0; s < n; s++) {
        w[s] = weight[s];
      }
      double[][] sum = sums(rows, w, g);
      for (int k = 0; k < g; k++) {
        deltas[k][b] = sum[0][k] > 0 ? (sum[1][k] - sum[2][k]) / sum[0][k] : Double.NaN;
        ratios[k][b] = sum[0][k] > 0 && sum[2][k] > 0 ? sum[1][k] / sum[2][k] : Double.NaN;
      }
    }
    double[][] refitDeltas = rows.refits().stream().map(f -> pointDeltas(f, w1, g))
        .toArray(double[][]::new);
    List<Effect> out = new ArrayList<>();
    for (int k = 0; k < g; k++) {
      double mp = point[1][k] / point[0][k];
      double mw = point[2][k] / point[0][k];
      double delta = mp - mw;
      double se = sd(deltas[k]);
      double[] others = new double[refitDeltas.length];
      for (int f = 0; f < others.length; f++) {
        others[f] = refitDeltas[f][k];
      }
      out.add(new Effect(rows.groups().get(k), sessions[k], converted[k], users.get(k).size(),
          n - sessions[k], totalConverted - converted[k], occ[k], mp, mw,
          Interval.of(delta, deltas[k]), Interval.of(mw > 0 ? mp / mw : Double.NaN, ratios[k]),
          se, pValue(delta, se), Stability.of(delta, others)));
    }
    return out;
  }

  /** Each group's delta in one fit's rows (NaN: the fit has no row of it). */
  private static double[] pointDeltas(RemovalRows fit, double[] ones, int groups) {
    double[][] sum = sums(fit, ones, groups);
    double[] out = new double[groups];
    for (int k = 0; k < groups; k++) {
      out[k] = sum[0][k] > 0 ? (sum[1][k] - sum[2][k]) / sum[0][k] : Double.NaN;
    }
    return out;
  }

  /** Per group: the weight of its sessions, the weighted sums of p and of p without. */
  private static double[][] sums(RemovalRows rows, double[] w, int groups) {
    double[][] sum = new double[3][groups];
    for (int i = 0; i < rows.rows(); i++) {
      double x = w[rows.session()[i]];
      if (x == 0) {
        continue;
      }
      int k = rows.group()[i];
      sum[0][k] += x;
      sum[1][k] += x * rows.probability()[i];
      sum[2][k] += x * rows.without()[i];
    }
    return sum;
  }

  /** The standard deviation of the defined values; NaN with fewer than two. */
  static double sd(double[] v) {
    double m = 0;
    int n = 0;
    for (double x : v) {
      if (Double.isFinite(x)) {
        m += x;
        n++;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    m /= n;
    double ss = 0;
    for (double x : v) {
      if (Double.isFinite(x)) {
        ss += (x - m) * (x - m);
      }
    }
    return Math.sqrt(ss / (n - 1));
  }

  /** Two-sided p-value of an estimate over its standard error (normal approximation). */
  static double pValue(double estimate, double se) {
    if (!Double.isFinite(estimate) || Double.isNaN(se)) {
      return Double.NaN;
    }
    if (se == 0) {
      return estimate == 0 ? 1 : 0;
    }
    return 2 * NORMAL.cumulativeProbability(-Math.abs(estimate / se));
  }
}
