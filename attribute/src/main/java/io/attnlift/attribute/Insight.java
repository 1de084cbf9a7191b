package io.attnlift.attribute;

/**
 * One sentence for the report, with the numbers it states.
 *
 * @param text the sentence (data text such as store names is raw: the reader escapes it)
 * @param metric what {@code value} measures
 * @param value the estimate
 * @param ciLow 95% interval, lower end
 * @param ciHigh 95% interval, upper end
 */
public record Insight(String text, String metric, double value, double ciLow, double ciHigh) {}
