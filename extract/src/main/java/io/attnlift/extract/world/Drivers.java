package io.attnlift.extract.world;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a world's drivers on a session's non-funnel events: the session's log-odds from the
 * drivers, each driver's value, and each event's share of it. A driver's contribution
 * {@code effect * min(matches, cap)} is split equally among its matching events (the Shapley
 * split for events that play the same part), so the shares of a session sum to its driver
 * log-odds.
 */
final class Drivers {
  private final List<DriverSpec> specs;
  private final List<String> heroIds;

  Drivers(List<DriverSpec> specs, List<String> heroIds) {
    this.specs = List.copyOf(specs);
    this.heroIds = List.copyOf(heroIds);
  }

  /**
   * A session's evaluation.
   *
   * @param logOdds the sum of the drivers' contributions
   * @param values each driver's value, {@code min(matches, cap)}, in spec order
   * @param shares each event's share of the log-odds, in event order
   */
  record Evaluation(double logOdds, int[] values, double[] shares) {}

  List<DriverSpec> specs() {
    return specs;
  }

  /** Evaluates the drivers on {@code events}, which must hold no funnel event. */
  Evaluation evaluate(List<SimEvent> events) {
    double total = 0;
    int[] values = new int[specs.size()];
    double[] shares = new double[events.size()];
    for (int d = 0; d < specs.size(); d++) {
      DriverSpec spec = specs.get(d);
      List<Integer> hits = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        if (matches(spec, events, i)) {
          hits.add(i);
        }
      }
      if (hits.isEmpty()) {
        continue;
      }
      values[d] = Math.min(hits.size(), spec.cap());
      double contribution = spec.effect() * values[d];
      total += contribution;
      for (int i : hits) {
        shares[i] += contribution / hits.size();
      }
    }
    return new Evaluation(total, values, shares);
  }

  /** The log-odds of {@link #evaluate} alone, without the per-event shares (a faster path). */
  double logOdds(List<SimEvent> events) {
    double total = 0;
    for (DriverSpec spec : specs) {
      int hits = 0;
      for (int i = 0; i < events.size() && hits < spec.cap(); i++) {
        if (matches(spec, events, i)) {
          hits++;
        }
      }
      total += spec.effect() * hits;
    }
    return total;
  }

  private boolean matches(DriverSpec spec, List<SimEvent> events, int i) {
    SimEvent e = events.get(i);
    if (spec.withinFirst() > 0 && i >= spec.withinFirst()) {
      return false;
    }
    if (spec.withinLast() > 0 && i < events.size() - spec.withinLast()) {
      return false;
    }
    if (!spec.events().isEmpty() && !spec.events().contains(e.event())) {
      return false;
    }
    if (spec.discoveryFeature() != null && !spec.discoveryFeature().equals(e.feature())) {
      return false;
    }
    if (!storeMatches(spec.stores(), e.store())) {
      return false;
    }
    return spec.after() == null || seenBefore(spec, events, i);
  }

  private boolean storeMatches(String stores, Store s) {
    return switch (stores) {
      case "hero" -> s != null && heroIds.contains(s.id());
      case "nv" -> s != null && s.nv();
      case "store" -> s != null;
      default -> true;
    };
  }

  private static boolean seenBefore(DriverSpec spec, List<SimEvent> events, int i) {
    for (int j = Math.max(0, i - spec.afterWithin()); j < i; j++) {
      if (spec.after().equals(events.get(j).event())) {
        return true;
      }
    }
    return false;
  }
}
