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
 * @param removal the model's removal effects against the planted removal effects
 */
public record GroundTruthCheckJson(String world, int k, List<String> heroStores,
    String recommendedMethod, Map<String, Check> methods, RemovalCheck removal) {

  public static final JsonContract<GroundTruthCheckJson> CONTRACT = JsonContract.of(
      "ground_truth_check", "ground_truth_check.json", GroundTruthCheckJson.class, 3);

  /**
   * The removal effects' check: per level, the Spearman correlation of the supported groups'
   * removal effects (stores shrunk) with the planted ones ({@code GroundTruthJson}'s
   * {@code removal_effects}, groups anywhere in the session), and the hero stores' recall among
   * the top {@code heroK} supported stores.
   *
   * @param levels per level id, its correlation
   * @param heroK k of the recall: the number of hero stores
   * @param heroRecall share of the hero stores among the top heroK supported stores (NaN: no
   *     hero stores or no supported store)
   * @param supportedStores stores with the minimum support
   * @param heroesSupported hero stores among them
   * @param findings the removal effects that are findings (any window)
   * @param findingsPlantedDirection of which the planted effect of the same group and window has
   *     the same sign
   * @param findingsWithoutTruth of which the world plants no effect for that group and window
   *     (none, or exactly 0: a false discovery against the truth)
   * @param windowed the correlation over the supported groups inside a position window (an event
   *     in the first 5, a store in the last third, ...) with their planted effects
   */
  public record RemovalCheck(Map<String, Level> levels, int heroK, double heroRecall,
      int supportedStores, int heroesSupported, int findings, int findingsPlantedDirection,
      int findingsWithoutTruth, Level windowed) {}

  /**
   * One level's correlation.
   *
   * @param spearman of the removal effects with the planted ones (NaN: fewer than 3 groups)
   * @param n groups compared
   */
  public record Level(double spearman, int n) {}

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
