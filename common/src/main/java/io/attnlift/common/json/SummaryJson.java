package io.attnlift.common.json;

import io.attnlift.common.Method;
import io.attnlift.common.stats.Auc;
import java.util.Map;

/**
 * The report's {@code summary.json}: the headline numbers of a run, for machines (the bench, a
 * dashboard). Every number is one the report shows.
 *
 * @param runId the run
 * @param dataWindow the window of event time
 * @param users users sampled
 * @param sessions sessions extracted
 * @param events events extracted
 * @param conversionRate converted sessions over sessions with a prediction (honest variant)
 * @param variants per variant id, its model's numbers
 * @param baselineAuc the counts baseline's test AUC (honest variant; NaN: not fitted)
 * @param leakageGap the leakage model's test AUC minus the honest model's (NaN: one variant)
 * @param recommendedMethod the recommended attribution method (honest variant)
 * @param comparedTo the run compared with, empty when none
 */
public record SummaryJson(
    String runId,
    ExtractStats.Window dataWindow,
    long users,
    long sessions,
    long events,
    double conversionRate,
    Map<String, VariantSummary> variants,
    double baselineAuc,
    double leakageGap,
    Method recommendedMethod,
    String comparedTo) {

  public static final JsonContract<SummaryJson> CONTRACT =
      JsonContract.of("summary", "summary.json", SummaryJson.class, 1);

  /**
   * One variant's model.
   *
   * @param valAuc validation AUC
   * @param testAuc test AUC with its interval and counts
   * @param baselineAuc the counts baseline's test AUC (NaN: not fitted)
   */
  public record VariantSummary(double valAuc, Auc testAuc, double baselineAuc) {}
}
