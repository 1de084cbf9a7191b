package io.attnlift.common.json;

import io.attnlift.common.Method;
import io.attnlift.common.stats.Auc;
import java.util.List;
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
 * @param variants per variant id, its model's numbers and its leakage verdict
 * @param verdict the first screen's verdict on the honest model, in words
 * @param baselineAuc the counts baseline's test AUC (honest variant; NaN value: not fitted)
 * @param leakageGap the with-funnel model's test AUC minus the honest model's (NaN: not both)
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
    String verdict,
    Auc baselineAuc,
    double leakageGap,
    Method recommendedMethod,
    String comparedTo) {

  public static final JsonContract<SummaryJson> CONTRACT =
      JsonContract.of("summary", "summary.json", SummaryJson.class, 2);

  /**
   * One variant's model and its leakage verdict.
   *
   * @param role {@code honest model}, {@code seed's filter} or {@code leakage baseline}
   * @param valAuc validation AUC
   * @param testAuc test AUC with its interval and counts
   * @param baselineAuc the counts baseline's test AUC with its interval (NaN value: not fitted)
   * @param timeNeutralised the test AUC with the time features neutralised
   * @param statistics trivial statistics alone, each with its AUC
   * @param limits on synthetic data, the limits of the same test sessions
   * @param leak {@code leaks}, {@code suspect} or {@code none}
   * @param established the model beats chance beyond its interval
   * @param aucOverHonest its test AUC minus the honest model's (0 for the honest one)
   * @param leakSignals the trivial statistics that rank conversion better here than with the
   *     honest cut, beyond both intervals: what the leak goes through
   * @param verdict the verdict in words
   */
  public record VariantSummary(String role, double valAuc, Auc testAuc, Auc baselineAuc,
      Auc timeNeutralised, List<MetricsJson.Statistic> statistics, List<AuditJson.Limit> limits,
      String leak, boolean established, double aucOverHonest, List<String> leakSignals,
      String verdict) {}
}
