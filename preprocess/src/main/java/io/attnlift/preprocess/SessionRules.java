package io.attnlift.preprocess;

import io.attnlift.common.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that turn a session's events into what a variant's model may see: ordering, exact
 * duplicates, the label and the no-funnel cut-off. Plain functions, used by the Beam composites and
 * by the benchmark's single-threaded pass alike.
 */
public final class SessionRules {
  /** The EVENT_TYPE of funnel events (add item, cart, checkout, place order). */
  public static final String FUNNEL = "funnel";

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

  /** A funnel event whose EVENT is one of the conversion events. */
  public static boolean isConversion(Event e, Set<String> conversionEvents) {
    return FUNNEL.equals(e.eventType()) && conversionEvents.contains(e.event());
  }

  /** The label: 1 when the (whole, unfiltered) session has a conversion event. */
  public static int label(List<Event> events, Set<String> conversionEvents) {
    for (Event e : events) {
      if (isConversion(e, conversionEvents)) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The events a variant's model sees, in order. {@code with-funnel} keeps all of them.
   * {@code no-funnel} removes every funnel event and everything at or after the time of the first
   * conversion event (events sharing its timestamp included, whatever the tie-break says), so the
   * model sees only what happened before the decision.
   */
  public static List<Event> visible(
      Variant variant, List<Event> sorted, Set<String> conversionEvents) {
    if (variant == Variant.WITH_FUNNEL) {
      return sorted;
    }
    long cutoff = Long.MAX_VALUE;
    for (Event e : sorted) {
      if (isConversion(e, conversionEvents)) {
        cutoff = e.ts();
        break;
      }
    }
    List<Event> out = new ArrayList<>(sorted.size());
    for (Event e : sorted) {
      if (e.ts() >= cutoff) {
        break;
      }
      if (!FUNNEL.equals(e.eventType())) {
        out.add(e);
      }
    }
    return out;
  }

  /** What the variant removes, in words, for its manifest. */
  public static String filterDescription(Variant variant, Set<String> conversionEvents) {
    if (variant == Variant.WITH_FUNNEL) {
      return "none: all events kept, funnel events included (leakage comparison)";
    }
    return "removed every event_type='funnel' event and every event at or after the first"
        + " conversion event (funnel events named " + conversionEvents.stream().sorted().toList()
        + "); the label is computed from the whole session before this filter";
  }
}
