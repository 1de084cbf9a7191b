package io.attnlift.extract;

import java.time.LocalDate;

/**
 * The extraction window, days in UTC: events with {@code since <= EVENT_TS < until}.
 *
 * @param since the first day, inclusive
 * @param until the day after the last, exclusive
 */
public record Window(LocalDate since, LocalDate until) {
  /** The lower bound as bound into SQL, e.g. {@code 2026-10-30 00:00:00}. */
  public String sinceTimestamp() {
    return since + " 00:00:00";
  }

  public String untilTimestamp() {
    return until + " 00:00:00";
  }
}
