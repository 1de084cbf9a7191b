package io.attnlift.extract.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The funnel events that follow browsing: a converted session adds items, opens the cart and
 * checkout and places the order; an abandoned cart stops before the order. These events reveal
 * the outcome, which is why the honest model never sees them.
 */
final class Funnel {
  private Funnel() {}

  /** The funnel after {@code browsing}: an order when converted, else maybe an abandoned cart. */
  static List<SimEvent> after(
      List<SimEvent> browsing, boolean converted, boolean abandoned, SplittableRandom rng) {
    List<SimEvent> out = new ArrayList<>();
    if (!converted && !abandoned) {
      return out;
    }
    Store store = lastStore(browsing);
    long t = browsing.get(browsing.size() - 1).tsMicros();
    int items = 1 + rng.nextInt(3);
    for (int i = 0; i < items; i++) {
      t += gap(rng);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "action_add_item", null, store));
    }
    t += gap(rng);
    out.add(new SimEvent(t, SimEvent.FUNNEL, "cart_page_load", null, null));
    if (converted || rng.nextDouble() < 0.4) {
      t += gap(rng);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "checkout_page_load", null, null));
    }
    if (converted) {
      t += gap(rng);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "action_place_order", null, store));
      t += 1_000_000L + rng.nextInt(2_000_000);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "system_checkout_success", null, null));
    }
    return out;
  }

  /** The last store with a page load, else the last store seen, else none. */
  private static Store lastStore(List<SimEvent> browsing) {
    Store seen = null;
    for (int i = browsing.size() - 1; i >= 0; i--) {
      SimEvent e = browsing.get(i);
      if ("store_page_load".equals(e.event())) {
        return e.store();
      }
      if (seen == null) {
        seen = e.store();
      }
    }
    return seen;
  }

  private static long gap(SplittableRandom rng) {
    return (long) ((5 + Gaussian.exponential(rng, 20)) * 1_000_000L);
  }
}
