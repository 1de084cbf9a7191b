package io.attnlift.attribute;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.Roc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The logistic-regression baseline (liblinear, L2-regularised, C = 1, bias not regularised): one
 * feature per value of a grouping, log1p of its count in the session. Coefficients are fitted on
 * every scored session with 95% intervals from refits on the bootstrap resamples; the test AUC
 * comes from a fit on the val sessions scored on the test sessions.
 */
final class LogisticBaseline {
  private static final double C = 1.0;
  private static final double EPS = 0.01;

  static {
    Linear.disableDebugOutput();
  }

  private final ScoredRun run;
  private final List<String> keys;
  private final Feature[][] rows;

  LogisticBaseline(ScoredRun run, IntFunction<String> key) {
    this.run = run;
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    for (int s = 0; s < run.sessions(); s++) {
      Map<Integer, Integer> c = new TreeMap<>();
      for (int i = run.start(s); i < run.end(s); i++) {
        String k = key.apply(i);
        if (k != null) {
          c.merge(index.computeIfAbsent(k, x -> index.size()), 1, Integer::sum);
        }
      }
      counts.add(c);
    }
    this.keys = List.copyOf(index.keySet());
    this.rows = new Feature[run.sessions()][];
    for (int s = 0; s < run.sessions(); s++) {
      List<Feature> f = new ArrayList<>();
      counts.get(s).forEach((j, n) -> f.add(new FeatureNode(j + 1, Math.log1p(n))));
      f.add(new FeatureNode(keys.size() + 1, 1.0));
      rows[s] = f.toArray(new Feature[0]);
    }
  }

  /** Each value's coefficient with its bootstrap interval (NONE when a fit is impossible). */
  Map<String, Interval> coefficients(Resampler resampler, int resamples) {
    double[] point = fit(all(), null);
    double[][] boot = new double[keys.size()][resamples];
    for (int b = 0; b < resamples; b++) {
      int[] w = resampler.weights(b);
      List<Integer> picked = new ArrayList<>();
      for (int s = 0; s < w.length; s++) {
        for (int k = 0; k < w[s]; k++) {
          picked.add(s);
        }
      }
      double[] coef = point == null ? null : fit(picked, point);
      for (int j = 0; j < keys.size(); j++) {
        boot[j][b] = coef == null ? Double.NaN : coef[j];
      }
    }
    Map<String, Interval> out = new LinkedHashMap<>();
    for (int j = 0; j < keys.size(); j++) {
      out.put(keys.get(j), point == null ? Interval.NONE : Interval.of(point[j], boot[j]));
    }
    return out;
  }

  /**
   * Fits on the val sessions and scores the test sessions, with the AUC's interval over users;
   * null when either split lacks a class.
   */
  Analysis.Logreg evaluate(long seed) {
    List<Integer> val = bySplit("val");
    List<Integer> test = bySplit("test");
    Model model = train(val, null);
    if (model == null || test.isEmpty()) {
      return null;
    }
    double[] scores = new double[test.size()];
    int[] labels = new int[test.size()];
    String[] users = new String[test.size()];
    double[] probs = new double[2];
    int positive = model.getLabels()[0] == 1 ? 0 : 1;
    Map<String, Double> bySession = new LinkedHashMap<>();
    for (int t = 0; t < test.size(); t++) {
      Linear.predictProbability(model, rows[test.get(t)], probs);
      scores[t] = probs[positive];
      labels[t] = run.label(test.get(t));
      users[t] = run.user(test.get(t));
      bySession.put(run.event(run.start(test.get(t))).sessionId(), scores[t]);
    }
    if (Arrays.stream(labels).distinct().count() < 2) {
      return null;
    }
    return new Analysis.Logreg(Roc.of(scores, labels), Auc.of(scores, labels, users, seed),
        bySession);
  }

  private List<Integer> all() {
    List<Integer> s = new ArrayList<>();
    for (int i = 0; i < run.sessions(); i++) {
      s.add(i);
    }
    return s;
  }

  private List<Integer> bySplit(String split) {
    List<Integer> s = new ArrayList<>();
    for (int i = 0; i < run.sessions(); i++) {
      if (split.equals(run.split(i))) {
        s.add(i);
      }
    }
    return s;
  }

  /**
   * Coefficients oriented towards conversion, bias last; null when one class is missing.
   *
   * @param start a solution to start from (the full-sample fit, for the resamples), or null
   */
  private double[] fit(List<Integer> sessions, double[] start) {
    Model m = train(sessions, start);
    if (m == null) {
      return null;
    }
    double[] w = m.getFeatureWeights();
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    double[] out = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      out[j] = sign * w[j];
    }
    return out;
  }

  private Model train(List<Integer> sessions, double[] start) {
    int pos = 0;
    Problem p = new Problem();
    p.l = sessions.size();
    p.n = keys.size() + 1;
    p.bias = 1.0;
    p.x = new Feature[p.l][];
    p.y = new double[p.l];
    for (int i = 0; i < p.l; i++) {
      p.x[i] = rows[sessions.get(i)];
      p.y[i] = run.label(sessions.get(i));
      pos += (int) p.y[i];
    }
    if (pos == 0 || pos == p.l) {
      return null;
    }
    Parameter param = new Parameter(SolverType.L2R_LR, C, EPS);
    param.setRegularizeBias(false);
    if (start != null) {
      // liblinear's weights favour the first label seen; orient the start the same way
      double sign = p.y[0] == 1 ? 1 : -1;
      double[] init = new double[start.length];
      for (int j = 0; j < start.length; j++) {
        init[j] = sign * start[j];
      }
      param.setInitSol(init);
    }
    return Linear.train(p, param);
  }
}
