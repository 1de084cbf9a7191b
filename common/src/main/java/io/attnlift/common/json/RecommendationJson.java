package io.attnlift.common.json;

import io.attnlift.common.Method;
import java.util.Map;

/**
 * The attribute stage's {@code recommendation.json}: the attribution method the report leads
 * with, chosen by one fixed rule from the run's deletion test.
 *
 * @param method the recommended method
 * @param reason why, with the numbers
 * @param rule the rule, in words
 * @param marginsOverRandom per method id, its mean deletion drop above random (NaN: not tested)
 */
public record RecommendationJson(Method method, String reason, String rule,
    Map<String, Double> marginsOverRandom) {

  public static final JsonContract<RecommendationJson> CONTRACT =
      JsonContract.of("recommendation", "recommendation.json", RecommendationJson.class, 1);
}
