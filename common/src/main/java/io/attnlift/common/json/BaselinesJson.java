package io.attnlift.common.json;

import io.attnlift.common.stats.Auc;
import java.util.List;
import java.util.Map;

/**
 * The attribute stage's {@code baselines.json}: the simpler attributions the model is compared
 * with. Read by the report.
 *
 * @param logreg the logistic regression on event counts
 * @param markov per EVENT_TYPE, the first-order Markov chain's removal effect (NaN: undefined)
 * @param lastTouch per EVENT, the share of converted sessions whose last event it is
 */
public record BaselinesJson(Logreg logreg, Map<String, Double> markov,
    Map<String, Double> lastTouch) {

  public static final JsonContract<BaselinesJson> CONTRACT =
      JsonContract.of("baselines", "baselines.json", BaselinesJson.class, 1);

  /**
   * The counts baseline.
   *
   * @param testAuc its AUC on the test sessions with the interval over users (value NaN when it
   *     could not be fitted)
   * @param roc its ROC curve on the test sessions, [fpr, tpr] points (empty: not fitted)
   * @param fittedOn the split it was fitted on
   * @param evaluatedOn the split it was scored on
   * @param features the features, in words
   * @param transformerTestAuc the Transformer's test AUC, for comparison
   */
  public record Logreg(Auc testAuc, List<double[]> roc, String fittedOn, String evaluatedOn,
      String features, double transformerTestAuc) {}
}
