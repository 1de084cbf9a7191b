package io.attnlift.extract.world;

import java.util.List;

/**
 * One planted driver of conversion: which non-funnel events it counts and its effect on the
 * session's log-odds of conversion. A session's driver value is {@code min(matching events, cap)};
 * its contribution is {@code effect * value}.
 *
 * @param name a stable name, e.g. {@code early_store_click}
 * @param description what it means, in words
 * @param effect change in log-odds of conversion per counted event
 * @param events the EVENT values that match; empty means any non-funnel event
 * @param discoveryFeature when set, only events with this DISCOVERY_FEATURE match
 * @param stores {@code any}, {@code hero} (a hero store), {@code nv} (an NV store) or
 *     {@code store} (any store)
 * @param withinFirst when positive, only events among the session's first N match
 * @param withinLast when positive, only events among the session's last N (before the funnel)
 *     match
 * @param after when set, an event matches only if this EVENT value occurred among the
 *     {@code afterWithin} events before it
 * @param afterWithin how far back {@code after} is looked for
 * @param cap the most events counted (1 makes the driver an indicator)
 */
public record DriverSpec(
    String name,
    String description,
    double effect,
    List<String> events,
    String discoveryFeature,
    String stores,
    int withinFirst,
    int withinLast,
    String after,
    int afterWithin,
    int cap) {

  /** Checks the spec and fills optional parts; {@code where} names the world for messages. */
  public DriverSpec {
    events = events == null ? List.of() : List.copyOf(events);
    stores = stores == null ? "any" : stores;
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a driver has no name");
    }
    if (!List.of("any", "hero", "nv", "store").contains(stores)) {
      throw new IllegalArgumentException(
          "driver '" + name + "': stores must be any, hero, nv or store, not '" + stores + "'");
    }
    if (cap < 1) {
      throw new IllegalArgumentException("driver '" + name + "': cap must be at least 1");
    }
    if (withinFirst < 0 || withinLast < 0) {
      throw new IllegalArgumentException(
          "driver '" + name + "': within-first and within-last must be >= 0");
    }
    if (after != null && afterWithin < 1) {
      throw new IllegalArgumentException("driver '" + name + "': after needs after-within >= 1");
    }
  }
}
