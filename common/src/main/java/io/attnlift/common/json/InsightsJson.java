package io.attnlift.common.json;

import java.util.List;

/**
 * The attribute stage's {@code insights.json}: the seed's insights computed honestly (sentences
 * over an event, event type, discovery feature or store in a position window, each with the data
 * ratio and the model's counterfactual ratio side by side, its support, interval and adjusted
 * p-value; only findings of the removal-effect rule are listed, the other candidates counted),
 * and the older sentences from the lift tables, each with the number it states and that number's
 * 95% interval.
 *
 * @param insights the lift tables' sentences, in the order the report shows them
 * @param findings the removal-effect insights that are findings, strongest first
 * @param candidates the insight candidates the run looked at (every supported one went through
 *     Benjamini-Hochberg)
 * @param blocked why no candidate may be a finding (the model not established, or leaking);
 *     empty when findings may be made
 */
public record InsightsJson(List<Insight> insights, List<Finding> findings, int candidates,
    String blocked) {

  public static final JsonContract<InsightsJson> CONTRACT =
      JsonContract.of("insights", "insights.json", InsightsJson.class, 2);

  /**
   * One insight that passed the claim rule.
   *
   * @param text the sentence in the seed's words (raw data text: a reader escapes it)
   * @param level the group's level
   * @param group the group's key
   * @param window its position window ({@code all}: anywhere)
   * @param dataRatio conversion rate of sessions with the group over sessions without it
   * @param modelRatio the model's mean probability with the group over without it
   * @param modelRatioCiLow its 95% interval over users, lower end
   * @param modelRatioCiHigh upper end
   * @param sessions sessions with the group
   * @param converted of which converted
   * @param users distinct users among them
   * @param qValue the Benjamini-Hochberg adjusted p-value
   */
  public record Finding(String text, String level, String group, String window,
      double dataRatio, double modelRatio, double modelRatioCiLow, double modelRatioCiHigh,
      int sessions, int converted, int users, double qValue) {}

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
