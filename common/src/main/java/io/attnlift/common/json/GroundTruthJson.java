package io.attnlift.common.json;

import java.util.List;
import java.util.Map;

/**
 * The synthetic world's planted truth, {@code extract/ground_truth.json}: written by
 * {@code generate} (into the DuckDB file) and copied by extract; read by attribute, report and
 * bench. Absent for real data.
 *
 * @param world the world's name
 * @param description the world in words
 * @param seed the generator's seed
 * @param users users generated
 * @param sessions sessions generated
 * @param events events generated
 * @param endDate the day after the data's last day (YYYY-MM-DD)
 * @param intercept the log-odds intercept, calibrated to the world's conversion rate
 * @param userEffectSd the standard deviation of the hidden per-user effect on the log-odds
 * @param conversionRate the share of sessions that converted
 * @param aucTrueProbability the AUC of the true probability (Bayes-optimal)
 * @param aucEventsOnly the AUC of the best probability from a session's own events
 * @param drivers the planted drivers and how they moved conversion in the data
 * @param heroStores the store ids planted to drive conversion
 * @param contributionUnit what a contribution measures
 * @param eventContributions planted contribution per EVENT value
 * @param storeContributions planted contribution per store id
 * @param discoveryFeatureContributions planted contribution per discovery feature (non-funnel
 *     events; {@code NO_FEATURE} for events without one)
 * @param eventCounts occurrences per EVENT value
 * @param removalUnit what a removal effect measures
 * @param removalEffects per group of events ({@code EventGroups}), the change in the events-only
 *     probability when the group is removed from a session that has it: the truth at the level
 *     of attribution's claims
 */
public record GroundTruthJson(
    String world,
    String description,
    long seed,
    int users,
    int sessions,
    long events,
    String endDate,
    double intercept,
    double userEffectSd,
    double conversionRate,
    double aucTrueProbability,
    double aucEventsOnly,
    List<Driver> drivers,
    List<String> heroStores,
    String contributionUnit,
    Map<String, Double> eventContributions,
    Map<String, Double> storeContributions,
    Map<String, Double> discoveryFeatureContributions,
    Map<String, Long> eventCounts,
    String removalUnit,
    List<RemovalEffect> removalEffects) {

  public static final JsonContract<GroundTruthJson> CONTRACT =
      JsonContract.of("ground_truth", "ground_truth.json", GroundTruthJson.class, 2);

  /**
   * The true removal effect of one group of events.
   *
   * @param level the group's level ({@code EventGroups.Level} id)
   * @param group its key (EVENT value, store id, window name, ...)
   * @param window the position window its events lie in, {@code all} for anywhere
   * @param sessions sessions that have the group
   * @param meanDeltaProbability mean events-only probability with the group minus without it
   */
  public record RemovalEffect(String level, String group, String window, long sessions,
      double meanDeltaProbability) {}

  /**
   * One planted driver.
   *
   * @param name a stable name, e.g. {@code early_store_click}
   * @param description what it counts, in words
   * @param effect change in the log-odds of conversion per counted event
   * @param shareOfSessions share of sessions where it fired
   * @param conversionRateWith conversion rate of those sessions (NaN: none)
   * @param conversionRateWithout conversion rate of the others (NaN: none)
   */
  public record Driver(String name, String description, double effect, double shareOfSessions,
      double conversionRateWith, double conversionRateWithout) {}
}
