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
        grp.stats(w, buf, null);
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
        double[] acc = inSession.computeIfAbsent(k, x -> new double[M + 1]);
        acc[M] += 1;
        for (int m = 0; m < M; m++) {
          acc[m] += run.measure(m, i);
        }
      }
      for (Map.Entry<String, double[]> e : inSession.entrySet()) {
        groups.computeIfAbsent(e.getKey(), k -> new Group()).add(s, e.getValue());
      }
    }
    groups.values().forEach(Group::freeze);
    return groups;
  }

  /** One value's (session, count, sums) entries. */
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
      occurrences += (long) acc[M];
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
     * Weighted statistics into {@code out}: the M lifts, the M means, the adjusted ratio, the
     * data lift.
     * {@code detail}, when given, receives [c1, c0, s1, s0, sums1[M], sums0[M]].
     */
    void stats(int[] w, double[] out, double[] detail) {
      double c1 = 0;
      double c0 = 0;
      double s1 = 0;
      double s0 = 0;
      double[] sum1 = new double[M];
      double[] sum0 = new double[M];
      for (int j = 0; j < sessions.length; j++) {
        double wt = w == null ? 1 : w[sessions[j]];
        if (wt == 0) {
          continue;
        }
        double[] r = sums[j];
        if (labels[j] == 1) {
          c1 += wt * r[M];
          s1 += wt;
          for (int m = 0; m < M; m++) {
            sum1[m] += wt * r[m];
          }
        } else {
          c0 += wt * r[M];
          s0 += wt;
          for (int m = 0; m < M; m++) {
            sum0[m] += wt * r[m];
          }
        }
      }
      for (int m = 0; m < M; m++) {
        out[m] = c1 > 0 && c0 > 0 ? sum1[m] / c1 - sum0[m] / c0 : Double.NaN;
        out[M + m] = c1 + c0 > 0 ? (sum1[m] + sum0[m]) / (c1 + c0) : Double.NaN;
      }
      int a = ScoredRun.LENGTH_ADJUSTED;
      out[RATIO] = c1 > 0 && c0 > 0 && sum0[a] != 0 ? (sum1[a] / c1) / (sum0[a] / c0)
          : Double.NaN;
      out[DATA] = dataLift(s1, s0);
      if (detail != null) {
        detail[0] = c1;
        detail[1] = c0;
        detail[2] = s1;
        detail[3] = s0;
        System.arraycopy(sum1, 0, detail, 4, M);
        System.arraycopy(sum0, 0, detail, 4 + M, M);
      }
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
      double[] d = new double[4 + 2 * M];
      stats(null, point, d);
      double n1 = run.converted();
      double n0 = run.sessions() - n1;
      double[] mean1 = new double[M];
      double[] mean0 = new double[M];
      double[] total = new double[M];
      Interval[] lifts = new Interval[M];
      Interval[] means = new Interval[M];
      for (int m = 0; m < M; m++) {
        means[m] = Interval.of(point[M + m], boot[M + m]);
        mean1[m] = d[0] > 0 ? d[4 + m] / d[0] : Double.NaN;
        mean0[m] = d[1] > 0 ? d[4 + M + m] / d[1] : Double.NaN;
        total[m] = d[4 + m] + d[4 + M + m];
        lifts[m] = Interval.of(point[m], boot[m]);
      }
      double rest = n1 - d[2] + n0 - d[3];
      return new Lift(key, (long) d[0], (long) d[1], (long) d[2], (long) d[3],
          d[2] / (d[2] + d[3]), rest > 0 ? (n1 - d[2]) / rest : Double.NaN,
          Interval.of(point[DATA], boot[DATA]), mean1, mean0, lifts, means,
          Interval.of(point[RATIO], boot[RATIO]), total);
    }
  }
}
