package io.attnlift.common.json;

import java.util.List;

/**
 * The attribute stage's {@code insights.json}: the sentences the report lists, each with the
 * number it states and that number's 95% interval. Only findings whose interval excludes no
 * effect are written.
 *
 * @param insights in the order the report shows them
 */
public record InsightsJson(List<Insight> insights) {

  public static final JsonContract<InsightsJson> CONTRACT =
      JsonContract.of("insights", "insights.json", InsightsJson.class, 1);

  /**
   * One sentence with the number it states.
   *
   * @param text the sentence (data text such as store names is raw: a reader escapes it)
   * @param metric what {@code value} measures
   * @param value the estimate
   * @param ciLow 95% interval, lower end
   * @param ciHigh 95% interval, upper end
   */
  public record Insight(String text, String metric, double value, double ciLow, double ciHigh) {}
}
