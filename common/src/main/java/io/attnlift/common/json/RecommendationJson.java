package io.attnlift.common.json;

import io.attnlift.common.Method;
import java.util.Map;

/**
 * The attribute stage's {@code recommendation.json}: the attribution method the report leads
 * with, chosen by one fixed rule from the run's deletion test and the agreement of each method's
 * aggregates with the model's removal effects.
 *
 * @param method the recommended method
 * @param reason why, with the numbers
 * @param rule the rule, in words
 * @param marginsOverRandom per method id, its mean deletion drop above random (NaN: not tested)
 * @param claimAgreement per method id, the mean over levels of {@code claimSpearman} (NaN: no
 *     removal effects to compare with)
 * @param claimSpearman per method id and level (event, event_type, discovery_feature, store,
 *     tag, category), the Spearman correlation of the method's aggregate scores with the removal
 *     effects of the same values (NaN: fewer than three values to compare)
 */
public record RecommendationJson(Method method, String reason, String rule,
    Map<String, Double> marginsOverRandom, Map<String, Double> claimAgreement,
    Map<String, Map<String, Double>> claimSpearman) {

  public static final JsonContract<RecommendationJson> CONTRACT =
      JsonContract.of("recommendation", "recommendation.json", RecommendationJson.class, 2);
}
