package io.attnlift.attribute;

import io.attnlift.common.Method;

/**
 * The lift of one value of a grouping (an event, a store, a tag, ...): counts, conversion rates
 * with and without it, and per measure (see {@link ScoredRun#MEASURES}) the mean score per
 * occurrence in converted and non-converted sessions and their difference with its interval.
 *
 * @param key the value
 * @param nConverted occurrences in converted sessions
 * @param nNotConverted occurrences in non-converted sessions
 * @param sessionsConverted converted sessions with at least one occurrence
 * @param sessionsNotConverted non-converted sessions with at least one occurrence
 * @param rateWith conversion rate of sessions with the value
 * @param rateWithout conversion rate of sessions without it
 * @param dataLift rateWith / rateWithout
 * @param meanConverted per measure, mean per occurrence in converted sessions
 * @param meanNotConverted per measure, mean per occurrence in non-converted sessions
 * @param lift per measure, meanConverted - meanNotConverted
 * @param mean per measure, the mean per occurrence over all sessions
 * @param adjustedRatio the length-adjusted attention's meanConverted / meanNotConverted
 * @param total per measure, the sum over all occurrences
 */
public record Lift(
    String key,
    long nConverted,
    long nNotConverted,
    long sessionsConverted,
    long sessionsNotConverted,
    double rateWith,
    double rateWithout,
    Interval dataLift,
    double[] meanConverted,
    double[] meanNotConverted,
    Interval[] lift,
    Interval[] mean,
    Interval adjustedRatio,
    double[] total) {

  /** Occurrences in all sessions. */
  public long n() {
    return nConverted + nNotConverted;
  }

  /** Sessions with at least one occurrence. */
  public long sessionsWith() {
    return sessionsConverted + sessionsNotConverted;
  }

  /** The lift of a method. */
  public Interval lift(Method m) {
    return lift[m.ordinal()];
  }

  /** The mean score per occurrence of a method. */
  public Interval mean(Method m) {
    return mean[m.ordinal()];
  }

  /** A method's attribution score of this value: see {@link Method#signed()}. */
  public Interval score(Method m) {
    return m.signed() ? mean(m) : lift(m);
  }
}
