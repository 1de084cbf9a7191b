package io.attnlift.preprocess;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What counts as funnel and as conversion, as the preset says: an event is a funnel event when its
 * EVENT_TYPE is one of {@link #types} or its EVENT one of {@link #events}; a funnel event whose
 * EVENT is one of {@link #conversions} means the session converted.
 *
 * @param types the EVENT_TYPE values of funnel events (the seed's {@code funnel})
 * @param events EVENT values that are funnel events whatever their type (e.g. an export's
 *     {@code add_to_cart} under a generic type)
 * @param conversions the funnel EVENT values that mean an order was placed
 */
public record FunnelRules(Set<String> types, Set<String> events, Set<String> conversions)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The seed's funnel: EVENT_TYPE {@code funnel}; orders placed or checkouts succeeded. */
  public static final FunnelRules SEED = new FunnelRules(Set.of("funnel"), Set.of(),
      Set.of("action_place_order", "system_checkout_success"));

  public FunnelRules {
    types = Set.copyOf(types);
    events = Set.copyOf(events);
    conversions = Set.copyOf(conversions);
  }

  /** True for a funnel event of any kind (add-to-cart, cart, checkout, order, ...). */
  public boolean isFunnel(Event e) {
    return types.contains(e.eventType()) || events.contains(e.event());
  }

  /** True for a funnel event that means the session converted. */
  public boolean isConversion(Event e) {
    return isFunnel(e) && conversions.contains(e.event());
  }

  /** The rules in words, for manifests and messages. */
  public String describe() {
    String t = "EVENT_TYPE in " + sorted(types);
    return (events.isEmpty() ? t : t + " or EVENT in " + sorted(events))
        + "; conversion events " + sorted(conversions);
  }

  private static List<String> sorted(Set<String> s) {
    return List.copyOf(new TreeSet<>(s));
  }
}
