package io.attnlift.common.json;

import java.util.List;
import java.util.Map;

/**
 * The attribute stage's {@code ground_truth_check.json} (synthetic data only): how well each
 * scoring recovers the planted truth. Read by the report and bench.
 *
 * @param world the world's name
 * @param k the k of the hero-store recall
 * @param heroStores the planted hero stores
 * @param recommendedMethod the recommended method's scoring name (a key of {@code methods})
 * @param methods per scoring (the methods by their table name, and the baselines), its check
 */
public record GroundTruthCheckJson(String world, int k, List<String> heroStores,
    String recommendedMethod, Map<String, Check> methods) {

  public static final JsonContract<GroundTruthCheckJson> CONTRACT = JsonContract.of(
      "ground_truth_check", "ground_truth_check.json", GroundTruthCheckJson.class, 1);

  /**
   * One scoring's check.
   *
   * @param spearman of its event ranking with the planted event contributions
   * @param spearmanLift of the lift (converted minus non-converted), methods only
   * @param spearmanMean of the mean score per occurrence, methods only
   * @param n events compared
   * @param heroRecall share of hero stores in its top k stores by engagement events
   * @param heroRecallAll the same over all of a store's events
   * @param storeSpearman with the planted store contributions
   * @param featureSpearman of its discovery-feature ranking with the planted feature
   *     contributions
   * @param featureN discovery features compared
   */
  public record Check(double spearman, double spearmanLift, double spearmanMean, int n,
      double heroRecall, double heroRecallAll, double storeSpearman, double featureSpearman,
      int featureN) {}
}
