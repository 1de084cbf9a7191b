package io.attnlift.common.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The train stage's deletion test, {@code faithfulness.json}: for each method and k, the mean drop
 * in predicted probability when the k events the method ranks highest are removed, against k
 * random events. Read by attribute (its recommendation) and report.
 *
 * @param split the split tested
 * @param sessions sessions tested
 * @param k the numbers of events removed, ascending
 * @param methods the methods tested (method ids), {@link #RANDOM} not among them
 * @param what the test in words
 * @param results one row per k and method, {@link #RANDOM} included
 */
public record FaithfulnessJson(
    String split,
    int sessions,
    List<Integer> k,
    List<String> methods,
    String what,
    List<Result> results) {

  public static final JsonContract<FaithfulnessJson> CONTRACT =
      JsonContract.of("faithfulness", "faithfulness.json", FaithfulnessJson.class, 1);

  /** The baseline every method is compared with: k events removed at random. */
  public static final String RANDOM = "random";

  /**
   * One k and method.
   *
   * @param k events removed
   * @param method a method id, or {@link #RANDOM}
   * @param sessions sessions with more than k events
   * @param meanDrop mean drop in predicted probability (NaN: no session)
   * @param stdError its standard error (NaN: fewer than two sessions)
   * @param minusRandom meanDrop minus random's at the same k (NaN: no session)
   */
  public record Result(int k, String method, int sessions, double meanDrop, double stdError,
      double minusRandom) {}

  /** The mean drop of a method (or random) at k; NaN when not tested. */
  public double drop(String method, int kRemoved) {
    for (Result r : results) {
      if (r.k() == kRemoved && r.method().equals(method)) {
        return r.meanDrop();
      }
    }
    return Double.NaN;
  }

  /** The methods, then random. */
  public List<String> methodsAndRandom() {
    List<String> out = new ArrayList<>(methods);
    out.add(RANDOM);
    return out;
  }

  /**
   * A method's mean margin over random across the k where both are defined; NaN when it shares no
   * such k with random.
   */
  public double marginOverRandom(String method) {
    double sum = 0;
    int n = 0;
    for (int kRemoved : k) {
      double mine = drop(method, kRemoved);
      double random = drop(RANDOM, kRemoved);
      if (Double.isFinite(mine) && Double.isFinite(random)) {
        sum += mine - random;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
