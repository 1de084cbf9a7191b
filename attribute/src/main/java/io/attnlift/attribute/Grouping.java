package io.attnlift.attribute;

import io.attnlift.common.Tokens;
import java.util.Set;
import java.util.function.IntFunction;

/** The groupings of events that the lift tables are computed over. */
final class Grouping {
  private Grouping() {}

  static IntFunction<String> event(ScoredRun run) {
    return i -> run.event(i).event();
  }

  static IntFunction<String> eventType(ScoredRun run) {
    return i -> run.event(i).eventType();
  }

  static IntFunction<String> discoveryFeature(ScoredRun run) {
    return i -> run.event(i).discoveryFeature();
  }

  static IntFunction<String> tag(ScoredRun run) {
    return i -> run.event(i).tag();
  }

  static IntFunction<String> category(ScoredRun run) {
    return i -> run.event(i).category();
  }

  /** The store of every event that has one. */
  static IntFunction<String> store(ScoredRun run) {
    return i -> {
      String s = run.event(i).storeId();
      return Tokens.NO_STORE.equals(s) ? null : s;
    };
  }

  /** The store of engagement events (of the given event types) only. */
  static IntFunction<String> engagedStore(ScoredRun run, Set<String> engagementTypes) {
    IntFunction<String> store = store(run);
    return i -> engagementTypes.contains(run.event(i).eventType()) ? store.apply(i) : null;
  }

  /** NV-store events: {@code early} in the first {@code early} positions, else {@code late}. */
  static IntFunction<String> nvTiming(ScoredRun run, int early) {
    return i -> {
      ScoredEvent e = run.event(i);
      if (!e.nv() || Tokens.NO_STORE.equals(e.storeId())) {
        return null;
      }
      return e.position() < early ? "early" : "late";
    };
  }

  /** The event type of events in the first {@code early} positions. */
  static IntFunction<String> earlyEventType(ScoredRun run, int early) {
    return i -> run.event(i).position() < early ? run.event(i).eventType() : null;
  }
}
