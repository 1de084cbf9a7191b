package io.attnlift.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Computes the {@link Lift} of every value of a grouping, with 95% percentile intervals from
 * {@link Resampler} resamples of sessions. Per value it keeps, per session, the count and the sums
 * of each measure, so a resample costs one pass over the (session, value) pairs.
 */
final class LiftEngine {
  private static final int M = ScoredRun.MEASURES;
  /** Resampled statistics: the M lifts, the M means, the adjusted ratio, the data lift. */
  private static final int STATS = 2 * M + 2;
  private static final int RATIO = 2 * M;
  private static final int DATA = 2 * M + 1;
  /** Per-session entry: M sums, M counts of scored occurrences, all occurrences. */
  private static final int WIDTH = 2 * M + 1;
  private static final int OCCURRENCES = 2 * M;

  private final ScoredRun run;
  private final Resampler resampler;
  private final int resamples;

  LiftEngine(ScoredRun run, int resamples, long seed) {
    this.run = run;
    this.resampler = new Resampler(run.labels(), seed);
    this.resamples = resamples;
  }

  /**
   * The lift of each value of {@code key} (null: the event does not count), in order of first
   * appearance.
   */
  Map<String, Lift> compute(IntFunction<String> key) {
    return compute(key, 0);
  }

  /** As {@link #compute(IntFunction)}, for values with at least {@code minN} occurrences. */
  Map<String, Lift> compute(IntFunction<String> key, long minN) {
    Map<String, Group> groups = group(key);
    groups.values().removeIf(g -> g.occurrences < minN);
    double[][][] boot = new double[groups.size()][STATS][resamples];
    double[] buf = new double[STATS];
    for (int b = 0; b < resamples; b++) {
      int[] w = resampler.weights(b);
      int g = 0;
      for (Group grp : groups.values()) {
        grp.stats(w, buf);
        for (int s = 0; s < STATS; s++) {
          boot[g][s][b] = buf[s];
        }
        g++;
      }
    }
    Map<String, Lift> out = new LinkedHashMap<>();
    int g = 0;
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      out.put(e.getKey(), e.getValue().lift(e.getKey(), boot[g++]));
    }
    return out;
  }

  private Map<String, Group> group(IntFunction<String> key) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, double[]> inSession = new LinkedHashMap<>();
    for (int s = 0; s < run.sessions(); s++) {
      inSession.clear();
      for (int i = run.start(s); i < run.end(s); i++) {
        String k = key.apply(i);
        if (k == null) {
          continue;
        }
        double[] acc = inSession.computeIfAbsent(k, x -> new double[WIDTH]);
        acc[OCCURRENCES] += 1;
        for (int m = 0; m < M; m++) {
          double v = run.measure(m, i);
          if (!Double.isNaN(v)) {
            acc[m] += v;
            acc[M + m] += 1;
          }
        }
      }
      for (Map.Entry<String, double[]> e : inSession.entrySet()) {
        groups.computeIfAbsent(e.getKey(), k -> new Group()).add(s, e.getValue());
      }
    }
    groups.values().forEach(Group::freeze);
    return groups;
  }

  /**
   * One value's per-session entries: per measure the sum and the count of scored (non-NaN)
   * occurrences, then all occurrences. A method the train stage left unscored for some sessions
   * (NaN) is averaged over the occurrences it scored.
   */
  private final class Group {
    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> sessionList = new ArrayList<>();
    private int[] sessions;
    private int[] labels;
    private double[][] sums;
    private long occurrences;

    void add(int session, double[] acc) {
      sessionList.add(session);
      rows.add(acc.clone());
      occurrences += (long) acc[OCCURRENCES];
    }

    void freeze() {
      sessions = sessionList.stream().mapToInt(Integer::intValue).toArray();
      labels = new int[sessions.length];
      for (int j = 0; j < sessions.length; j++) {
        labels[j] = run.label(sessions[j]);
      }
      sums = rows.toArray(new double[0][]);
    }

    /**
     * Weighted totals: per outcome (index 0 non-converted, 1 converted) the entries' sums
     * ({@link #WIDTH} wide) and the weighted number of sessions.
     */
    void totals(int[] w, double[][] acc, double[] sessionsWith) {
      for (int j = 0; j < sessions.length; j++) {
        double wt = w == null ? 1 : w[sessions[j]];
        if (wt == 0) {
          continue;
        }
        double[] r = sums[j];
        double[] a = acc[labels[j]];
        for (int c = 0; c < WIDTH; c++) {
          a[c] += wt * r[c];
        }
        sessionsWith[labels[j]] += wt;
      }
    }

    /** The statistics of one (re)sample into {@code out}; see {@link #STATS}. */
    void stats(int[] w, double[] out) {
      double[][] acc = new double[2][WIDTH];
      double[] with = new double[2];
      totals(w, acc, with);
      double[] a0 = acc[0];
      double[] a1 = acc[1];
      for (int m = 0; m < M; m++) {
        double mean1 = a1[m] / a1[M + m];
        double mean0 = a0[m] / a0[M + m];
        out[m] = a1[M + m] > 0 && a0[M + m] > 0 ? mean1 - mean0 : Double.NaN;
        double n = a1[M + m] + a0[M + m];
        out[M + m] = n > 0 ? (a1[m] + a0[m]) / n : Double.NaN;
      }
      int l = ScoredRun.LENGTH_ADJUSTED;
      double den = a0[l] / a0[M + l];
      out[RATIO] = a1[M + l] > 0 && a0[M + l] > 0 && den != 0 ? (a1[l] / a1[M + l]) / den
          : Double.NaN;
      out[DATA] = dataLift(with[1], with[0]);
    }

    /** Rate with / rate without, given the sessions with the value in each class. */
    private double dataLift(double s1, double s0) {
      double n1 = run.converted();
      double n0 = run.sessions() - n1;
      double with = s1 / (s1 + s0);
      double without = (n1 - s1) / (n1 - s1 + n0 - s0);
      return s1 + s0 > 0 && without > 0 ? with / without : Double.NaN;
    }

    Lift lift(String key, double[][] boot) {
      double[] point = new double[STATS];
      stats(null, point);
      double[][] acc = new double[2][WIDTH];
      double[] with = new double[2];
      totals(null, acc, with);
      double n1 = run.converted();
      double n0 = run.sessions() - n1;
      double[] mean1 = new double[M];
      double[] mean0 = new double[M];
      double[] total = new double[M];
      Interval[] lifts = new Interval[M];
      Interval[] means = new Interval[M];
      for (int m = 0; m < M; m++) {
        mean1[m] = acc[1][M + m] > 0 ? acc[1][m] / acc[1][M + m] : Double.NaN;
        mean0[m] = acc[0][M + m] > 0 ? acc[0][m] / acc[0][M + m] : Double.NaN;
        total[m] = acc[1][m] + acc[0][m];
        lifts[m] = Interval.of(point[m], boot[m]);
        means[m] = Interval.of(point[M + m], boot[M + m]);
      }
      double rest = n1 - with[1] + n0 - with[0];
      return new Lift(key, (long) acc[1][OCCURRENCES], (long) acc[0][OCCURRENCES],
          (long) with[1], (long) with[0], with[1] / (with[1] + with[0]),
          rest > 0 ? (n1 - with[1]) / rest : Double.NaN,
          Interval.of(point[DATA], boot[DATA]), mean1, mean0, lifts, means,
          Interval.of(point[RATIO], boot[RATIO]), total);
    }
  }
}
