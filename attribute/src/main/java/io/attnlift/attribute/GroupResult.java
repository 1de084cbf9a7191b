package io.attnlift.attribute;

import io.attnlift.common.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Everything known about the values of one grouping: their lifts, the logistic baseline's
 * coefficients and the last-touch shares.
 *
 * @param lifts per value
 * @param logreg per value, the coefficient and its interval
 * @param lastTouch per value, the share of converted sessions whose last event has it
 */
record GroupResult(
    Map<String, Lift> lifts, Map<String, Interval> logreg, Map<String, Double> lastTouch) {

  /**
   * Computes all three for a grouping.
   *
   * @param logregResamples refits of the logistic baseline for its coefficient intervals
   */
  static GroupResult compute(
      ScoredRun run, IntFunction<String> key, LiftEngine engine, Resampler resampler,
      int logregResamples) {
    Map<String, Lift> lifts = engine.compute(key);
    Map<String, Interval> coef =
        new LogisticBaseline(run, key).coefficients(resampler, logregResamples);
    return new GroupResult(lifts, coef, lastTouch(run, key));
  }

  /** The share of converted sessions whose last (keyed) event has each value. */
  static Map<String, Double> lastTouch(ScoredRun run, IntFunction<String> key) {
    Map<String, Double> counts = new LinkedHashMap<>();
    int converted = 0;
    for (int s = 0; s < run.sessions(); s++) {
      if (run.label(s) != 1) {
        continue;
      }
      converted++;
      for (int i = run.end(s) - 1; i >= run.start(s); i--) {
        String k = key.apply(i);
        if (k != null) {
          counts.merge(k, 1.0, Double::sum);
          break;
        }
      }
    }
    int n = converted;
    counts.replaceAll((k, c) -> c / n);
    return counts;
  }

  /**
   * One scoring's score per value: a method's attribution score (see {@link Method#signed()}),
   * the length-adjusted attention lift, the coefficient, the last-touch share or the data lift.
   */
  Map<String, Double> scores(String method) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Lift l : lifts.values()) {
      out.put(l.key(), score(method, l));
    }
    return out;
  }

  /** A method's lift (or, with {@code mean}, its mean score) per value. */
  Map<String, Double> scores(Method m, boolean mean) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Lift l : lifts.values()) {
      out.put(l.key(), (mean ? l.mean(m) : l.lift(m)).value());
    }
    return out;
  }

  private double score(String method, Lift l) {
    return switch (method) {
      case Scores.LOGREG -> logreg.getOrDefault(l.key(), Interval.NONE).value();
      case Scores.LAST_TOUCH -> lastTouch.getOrDefault(l.key(), 0.0);
      case Scores.DATA -> l.dataLift().value();
      case Scores.LENGTH_ADJUSTED -> l.lift()[ScoredRun.LENGTH_ADJUSTED].value();
      default -> l.score(Scores.method(method)).value();
    };
  }
}
