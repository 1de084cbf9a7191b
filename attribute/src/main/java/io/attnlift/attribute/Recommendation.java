package io.attnlift.attribute;

import io.attnlift.common.Method;
import io.attnlift.common.json.FaithfulnessJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The attribution the report leads with, chosen by one fixed rule from this run's faithfulness
 * test (and the ground truth, on synthetic data).
 *
 * @param method the recommended method
 * @param reason why, with the numbers
 * @param margins per method id, its mean deletion drop above random (NaN: not tested)
 */
public record Recommendation(Method method, String reason, Map<String, Double> margins) {
  /** The rule, as written into recommendation.json and the README. */
  public static final String RULE =
      "For each method, its margin is the mean over the k of faithfulness.json of (drop when its"
          + " top-k events are removed - drop when k random events are removed). A method is"
          + " eligible when its margin is above 0 and, when the run has a planted ground truth,"
          + " its event ranking's Spearman correlation with the planted contributions is above 0."
          + " The eligible method with the largest margin is recommended; ties (within 1e-9) go"
          + " to occlusion, then gradient_x_input, rollout, attention. When no method is"
          + " eligible, occlusion is recommended and the reason says so.";

  private static final double TIE = 1e-9;

  /** The order in which ties of the rule are broken: first wins. */
  static final Method[] TIE_ORDER = {
    Method.OCCLUSION, Method.GRADIENT_X_INPUT, Method.ROLLOUT, Method.ATTENTION
  };

  /**
   * Applies {@link #RULE}.
   *
   * @param truthSpearman per method, the Spearman correlation with the planted contributions;
   *     null when the run has no ground truth
   */
  static Recommendation choose(FaithfulnessJson f, Map<Method, Double> truthSpearman) {
    Map<String, Double> margins = new LinkedHashMap<>();
    Method best = null;
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (Method m : TIE_ORDER) {
      double margin = f.marginOverRandom(m.id());
      margins.put(m.id(), margin);
      if (eligible(margin, truthSpearman == null ? null : truthSpearman.get(m))
          && margin > bestMargin + TIE) {
        best = m;
        bestMargin = margin;
      }
    }
    if (best == null) {
      return new Recommendation(Method.OCCLUSION,
          "no method removed more probability than random events"
              + (truthSpearman == null ? "" : " while ranking events like the planted truth")
              + " on this run, so the fallback occlusion is shown; treat every attribution as"
              + " unproven",
          margins);
    }
    String truth = truthSpearman == null ? ""
        : String.format(Locale.ROOT, "; its event ranking agrees with the planted contributions"
            + " (Spearman %.2f)", truthSpearman.get(best));
    return new Recommendation(best, String.format(Locale.ROOT,
        "%s removes the most predicted probability when its top events are deleted: %.4f above"
            + " random on average over k%s", best.id(), bestMargin, truth), margins);
  }

  private static boolean eligible(double margin, Double truth) {
    boolean faithful = Double.isFinite(margin) && margin > 0;
    return faithful && (truth == null || (Double.isFinite(truth) && truth > 0));
  }
}
