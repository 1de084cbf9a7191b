package io.attnlift.preprocess;

import io.attnlift.common.Records;
import io.attnlift.common.Variant;
import java.util.List;

/** Tiny events and sessions for the tests. */
final class Fixtures {
  static final FunnelRules CONVERSION = FunnelRules.SEED;

  private Fixtures() {}

  /** A browsing event (type {@code click}) at {@code t} seconds; store null for none. */
  static Event click(String user, String session, long t, String store) {
    return event(user, session, t, "click", "m_card_click", store);
  }

  /** A funnel event at {@code t} seconds. */
  static Event funnel(String user, String session, long t, String event) {
    return event(user, session, t, "funnel", event, null);
  }

  static Event event(String user, String session, long t, String type, String event,
      String store) {
    return Event.fromRecord(Records.event(user, session, t, type, event, store));
  }

  static Session session(String id, String user, List<Event> events) {
    return new Session(id, user, SessionRules.sortAndDedupe(events));
  }

  /** A cutter of every variant with the seed's funnel and conversion events, 10% val and test. */
  static Cutter cutter(int maxLength) {
    return new Cutter(List.of(Variant.values()), CONVERSION, maxLength, new UserSplit(0.1, 0.1));
  }
}
