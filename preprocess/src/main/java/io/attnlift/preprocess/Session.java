package io.attnlift.preprocess;

import java.io.Serializable;
import java.util.List;

/**
 * One session after grouping: its events without exact duplicates, in {@link Event#ORDER}.
 *
 * @param sessionId SESSION_ID
 * @param userId the session's one user
 * @param events at least one event, sorted by time with the stable tie-break
 */
public record Session(String sessionId, String userId, List<Event> events)
    implements Serializable {

  public Session {
    events = List.copyOf(events);
  }

  /** The time of the session's first event, microseconds since the epoch. */
  public long startTs() {
    return events.get(0).ts();
  }
}
