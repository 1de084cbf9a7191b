package io.attnlift.common.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The train stage's deletion and insertion tests, {@code faithfulness.json}: for each method and
 * k, the mean drop in predicted probability when the k events the method ranks highest are
 * removed, and the mean rise when only those k are kept (over the session with every event
 * removed), each against k random events, and the areas over both curves. Read by attribute (its
 * recommendation) and report.
 *
 * @param split the split tested
 * @param sessions sessions tested
 * @param k the numbers of events removed (or kept), ascending
 * @param methods the methods tested (method ids), {@link #RANDOM} not among them
 * @param what the tests in words
 * @param results the deletion curve: one row per k and method, {@link #RANDOM} included
 * @param insertion the insertion curve, likewise ({@link Result#meanDrop} there is the mean
 *     rise: the probability with only the top k kept minus the probability with none)
 * @param aopc per method and random, the area over each curve: its mean over k
 */
public record FaithfulnessJson(
    String split,
    int sessions,
    List<Integer> k,
    List<String> methods,
    String what,
    List<Result> results,
    List<Result> insertion,
    List<Aopc> aopc) {

  public static final JsonContract<FaithfulnessJson> CONTRACT =
      JsonContract.of("faithfulness", "faithfulness.json", FaithfulnessJson.class, 2);

  public FaithfulnessJson {
    insertion = insertion == null ? List.of() : List.copyOf(insertion);
    aopc = aopc == null ? List.of() : List.copyOf(aopc);
  }

  /**
   * One method's area over the perturbation curves: the mean over k of its curve, and the same
   * minus random's.
   *
   * @param method a method id, or {@link #RANDOM}
   * @param deletion mean over k of the deletion drop (NaN: no k tested)
   * @param insertion mean over k of the insertion rise (NaN: no k tested)
   * @param deletionMinusRandom deletion minus random's
   * @param insertionMinusRandom insertion minus random's
   */
  public record Aopc(String method, double deletion, double insertion,
      double deletionMinusRandom, double insertionMinusRandom) {}

  /** The areas of a method (or random); null when not tested. */
  public Aopc aopcOf(String method) {
    return aopc.stream().filter(a -> a.method().equals(method)).findFirst().orElse(null);
  }

  /** The mean rise of a method (or random) at k in the insertion curve; NaN when not tested. */
  public double rise(String method, int kKept) {
    for (Result r : insertion) {
      if (r.k() == kKept && r.method().equals(method)) {
        return r.meanDrop();
      }
    }
    return Double.NaN;
  }

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
   * A method's mean margin over random in the deletion curve, across the k where both are
   * defined; NaN when it shares no such k with random.
   */
  public double marginOverRandom(String method) {
    return margin(method, this::drop);
  }

  /** The same in the insertion curve. */
  public double insertionMarginOverRandom(String method) {
    return margin(method, this::rise);
  }

  private double margin(String method,
      java.util.function.ToDoubleBiFunction<String, Integer> curve) {
    double sum = 0;
    int n = 0;
    for (int at : k) {
      double mine = curve.applyAsDouble(method, at);
      double random = curve.applyAsDouble(RANDOM, at);
      if (Double.isFinite(mine) && Double.isFinite(random)) {
        sum += mine - random;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
