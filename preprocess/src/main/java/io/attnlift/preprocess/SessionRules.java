package io.attnlift.preprocess;

import io.attnlift.common.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that turn a session's events into what a variant's model may see: ordering, exact
 * duplicates, the label and the no-funnel cut-off. Plain functions, used by the Beam composites and
 * by the benchmark's single-threaded pass alike.
 */
public final class SessionRules {
  private SessionRules() {}

  /** Sorts events in {@link Event#ORDER} and removes exact duplicates; returns a new list. */
  public static List<Event> sortAndDedupe(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Event.ORDER);
    List<Event> out = new ArrayList<>(sorted.size());
    for (Event e : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Pairs of neighbouring events with the same timestamp in a sorted list. */
  public static int tiedTimestamps(List<Event> sorted) {
    int ties = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).ts() == sorted.get(i - 1).ts()) {
        ties++;
      }
    }
    return ties;
  }

  /** True when the events carry more than one USER_ID. */
  public static boolean hasSeveralUsers(List<Event> events) {
    String first = events.get(0).userId();
    for (Event e : events) {
      if (!e.userId().equals(first)) {
        return true;
      }
    }
    return false;
  }

  /** The label: 1 when the (whole, unfiltered) session has a conversion event. */
  public static int label(List<Event> events, FunnelRules funnel) {
    for (Event e : events) {
      if (funnel.isConversion(e)) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The events a variant's model sees, in order.
   *
   * <ul>
   *   <li>{@code no-funnel}, the honest cut: the events strictly before the session's first
   *       funnel event of any kind (earlier in time: events sharing its timestamp are cut too,
   *       whatever the tie-break says), in converting and other sessions alike. What a session
   *       shows after purchase intent (the add-to-cart, the browsing after it, sign-in pages,
   *       the gaps the funnel leaves) is never seen.
   *   <li>{@code funnel-removed}, the seed's filter: every funnel event removed and every event
   *       at or after the time of the first conversion event; the rest kept.
   *   <li>{@code with-funnel}: every event.
   * </ul>
   */
  public static List<Event> visible(Variant variant, List<Event> sorted, FunnelRules funnel) {
    return switch (variant) {
      case WITH_FUNNEL -> sorted;
      case NO_FUNNEL -> before(sorted, firstTs(sorted, funnel::isFunnel), funnel, false);
      case FUNNEL_REMOVED -> before(sorted, firstTs(sorted, funnel::isConversion), funnel, true);
    };
  }

  /** The time of the first event that matches, or Long.MAX_VALUE when none does. */
  private static long firstTs(List<Event> sorted, java.util.function.Predicate<Event> p) {
    for (Event e : sorted) {
      if (p.test(e)) {
        return e.ts();
      }
    }
    return Long.MAX_VALUE;
  }

  /** The events strictly before {@code cutoff}, without funnel events when asked. */
  private static List<Event> before(List<Event> sorted, long cutoff, FunnelRules funnel,
      boolean dropFunnel) {
    List<Event> out = new ArrayList<>(sorted.size());
    for (Event e : sorted) {
      if (e.ts() >= cutoff) {
        break;
      }
      if (!dropFunnel || !funnel.isFunnel(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** What the variant removes, in words, for its manifest. */
  public static String filterDescription(Variant variant, FunnelRules funnel) {
    String rules = " (funnel: " + funnel.describe() + "); the label is computed from the whole"
        + " session before this cut";
    return switch (variant) {
      case WITH_FUNNEL -> "none: all events kept, funnel events included (leakage comparison)"
          + rules;
      case NO_FUNNEL -> "honest cut: only the events strictly before the session's first funnel"
          + " event of any kind" + rules;
      case FUNNEL_REMOVED -> "the seed's filter (comparison): every funnel event removed and"
          + " every event at or after the first conversion event" + rules;
    };
  }
}
