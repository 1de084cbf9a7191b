package io.attnlift.extract.world;

/**
 * One generated event, a row of the events table.
 *
 * @param tsMicros EVENT_TS, microseconds since the epoch (UTC)
 * @param type EVENT_TYPE
 * @param event EVENT
 * @param feature DISCOVERY_FEATURE, or null
 * @param store the store, or null for an event without one
 */
public record SimEvent(long tsMicros, String type, String event, String feature, Store store) {
  /** EVENT_TYPE of the funnel events, the ones that reveal the outcome. */
  public static final String FUNNEL = "funnel";

  public boolean isFunnel() {
    return FUNNEL.equals(type);
  }

  /** The same event at another time. */
  SimEvent at(long micros) {
    return new SimEvent(micros, type, event, feature, store);
  }
}
