package io.attnlift.attribute;

import io.attnlift.common.Method;
import io.attnlift.common.json.FaithfulnessJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The attribution the report leads with, chosen by one fixed rule from this run's faithfulness
 * test, the agreement of each method's aggregates with the model's removal effects (the level of
 * the claims), and the ground truth on synthetic data.
 *
 * @param method the recommended method
 * @param reason why, with the numbers
 * @param margins per method id, the mean of its two areas over random: (deletion AOPC - random's
 *     + insertion AOPC - random's) / 2 (NaN: not tested)
 * @param claimAgreement per method id, the mean over levels of its aggregates' Spearman
 *     correlation with the removal effects (NaN: no removal effects to compare with)
 */
public record Recommendation(Method method, String reason, Map<String, Double> margins,
    Map<String, Double> claimAgreement) {
  /** The rule, as written into recommendation.json and the README. */
  public static final String RULE =
      "For each method, its deletion margin is the mean over the k of faithfulness.json of (drop"
          + " when its top-k events are removed - drop when k random events are removed), its"
          + " insertion margin the mean over the k of (rise when only its top-k events are kept -"
          + " rise when only k random events are kept), each the area over the perturbation curve"
          + " minus random's; its margin is the mean of the two, and its claim agreement the mean"
          + " over levels (event, event type, discovery feature, store, tag,"
          + " category) of the Spearman correlation of its aggregate scores with the model's"
          + " removal effects of the same values (supported values only). A method is eligible"
          + " when both its deletion and its insertion margins are above 0, its claim agreement is above 0 (a method whose"
          + " aggregates disagree with the removal effects cannot be recommended; the check is"
          + " skipped, and the reason says so, when the variant has no removal effects) and, when"
          + " the run has a planted ground truth, its event ranking's Spearman correlation with"
          + " the planted contributions is above 0. The eligible method with the largest margin"
          + " is recommended; ties (within 1e-9) go to occlusion, then gradient_x_input, rollout,"
          + " attention. When no method is eligible, occlusion is recommended and the reason says"
          + " so. Either way the report ranks drivers by the removal effects themselves.";

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
    return choose(f, truthSpearman, Map.of());
  }

  /**
   * Applies {@link #RULE}.
   *
   * @param truthSpearman per method, the Spearman correlation with the planted contributions;
   *     null when the run has no ground truth
   * @param claims per method, its claim agreement (absent or NaN: no removal effects)
   */
  static Recommendation choose(FaithfulnessJson f, Map<Method, Double> truthSpearman,
      Map<Method, Double> claims) {
    Map<String, Double> margins = new LinkedHashMap<>();
    Map<String, Double> agreement = new LinkedHashMap<>();
    Method best = null;
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (Method m : TIE_ORDER) {
      double deletion = f.marginOverRandom(m.id());
      double insertion = f.insertionMarginOverRandom(m.id());
      double margin = (deletion + insertion) / 2;
      double claim = claims.getOrDefault(m, Double.NaN);
      margins.put(m.id(), margin);
      agreement.put(m.id(), claim);
      if (eligible(deletion, insertion, truthSpearman == null ? null : truthSpearman.get(m),
          claim) && margin > bestMargin + TIE) {
        best = m;
        bestMargin = margin;
      }
    }
    boolean checked = agreement.values().stream().anyMatch(Double::isFinite);
    String unchecked = checked ? "" : "; this variant has no removal effects to check the"
        + " methods' aggregates against";
    if (best == null) {
      return new Recommendation(Method.OCCLUSION,
          "no method moved the probability more than random events, both when its top events are"
              + " removed and when only they are kept"
              + (checked ? " while its aggregates agreed with the removal effects" : "")
              + (truthSpearman == null ? "" : " while ranking events like the planted truth")
              + " on this run, so the fallback occlusion is shown; treat every attribution as"
              + " unproven" + unchecked,
          margins, agreement);
    }
    String truth = truthSpearman == null ? ""
        : String.format(Locale.ROOT, "; its event ranking agrees with the planted contributions"
            + " (Spearman %.2f)", truthSpearman.get(best));
    String claim = checked ? String.format(Locale.ROOT, "; its aggregates agree with the"
        + " removal effects (mean Spearman %.2f over levels)", agreement.get(best.id())) : unchecked;
    return new Recommendation(best, String.format(Locale.ROOT,
        "%s moves the predicted probability most when its top events are removed or kept alone:"
            + " %.4f above random on average over k and both curves (deletion %.4f, insertion"
            + " %.4f)%s%s", best.id(), bestMargin, f.marginOverRandom(best.id()),
        f.insertionMarginOverRandom(best.id()), claim, truth), margins, agreement);
  }

  private static boolean eligible(double deletion, double insertion, Double truth,
      double claim) {
    boolean faithful = Double.isFinite(deletion) && deletion > 0 && Double.isFinite(insertion)
        && insertion > 0;
    boolean agrees = Double.isNaN(claim) || claim > 0;
    return faithful && agrees && (truth == null || (Double.isFinite(truth) && truth > 0));
  }
}
