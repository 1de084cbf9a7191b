package io.attnlift.common.json;

import io.attnlift.common.Method;
import java.util.Map;

/**
 * The attribute stage's manifest stats for one variant.
 *
 * @param sessions scored sessions read
 * @param convertedSessions of which converted
 * @param events scored events read
 * @param recommendedMethod the recommended method
 * @param insights insights written
 * @param storesAll stores with a row in scope {@code all}
 * @param storesEngagement stores with a row in scope {@code engagement}
 * @param logregTestAuc the counts baseline's test AUC (NaN: not fitted)
 * @param writeBack where the tables were written back: duckdb, snowflake or none
 * @param groundTruthSpearman per scoring, its event ranking's Spearman correlation with the
 *     planted contributions (empty for real data)
 */
public record AttributeStats(
    int sessions,
    int convertedSessions,
    int events,
    Method recommendedMethod,
    int insights,
    int storesAll,
    int storesEngagement,
    double logregTestAuc,
    String writeBack,
    Map<String, Double> groundTruthSpearman) {

  public static final JsonContract<AttributeStats> CONTRACT =
      JsonContract.of("attribute_stats", null, AttributeStats.class, 1);
}
