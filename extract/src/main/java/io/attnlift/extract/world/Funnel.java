package io.attnlift.extract.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The funnel events of a session whose outcome is drawn: a converted session adds items, opens
 * the cart and checkout and places the order; an abandoned cart stops before the order. These
 * events reveal the outcome, which is why the honest model never sees them. Where they sit and
 * what surrounds them follows the world's {@link WorldSpec.FunnelSpec}: mid-session add-to-cart
 * events with browsing after them, sign-in pages outside the funnel before checkout, browsing
 * after the order.
 */
final class Funnel {
  /** EVENT_TYPE of the pages outside the funnel that checkout needs. */
  static final String PAGE_LOAD = "page_load";

  /** More browsing of the same user, from a time on. */
  interface BrowseOn {
    List<SimEvent> from(long afterMicros, int events);
  }

  private final WorldSpec.FunnelSpec spec;
  private final BrowseOn browseOn;
  private final SplittableRandom rng;

  Funnel(WorldSpec.FunnelSpec spec, BrowseOn browseOn, SplittableRandom rng) {
    this.spec = spec;
    this.browseOn = browseOn;
    this.rng = rng;
  }

  /**
   * What follows {@code browsing}: nothing when neither converted nor abandoned; else the
   * add-to-cart events, (with placement {@code mid}) more browsing, the cart, the checkout pages
   * outside the funnel, checkout and, when converted, the order and maybe more browsing.
   */
  List<SimEvent> after(List<SimEvent> browsing, boolean converted, boolean abandoned) {
    List<SimEvent> out = new ArrayList<>();
    if (!converted && !abandoned) {
      return out;
    }
    Store store = lastStore(browsing);
    long t = browsing.get(browsing.size() - 1).tsMicros();
    int items = 1 + rng.nextInt(3);
    for (int i = 0; i < items; i++) {
      t += thinkTime(spec.addItemSeconds());
      out.add(new SimEvent(t, SimEvent.FUNNEL, "action_add_item", null, store));
    }
    if (spec.mid()) {
      t = append(out, browseOn.from(t, count(spec.browseAfterCart())), t);
    }
    t += thinkTime(20);
    out.add(new SimEvent(t, SimEvent.FUNNEL, "cart_page_load", null, null));
    if (converted || rng.nextDouble() < 0.4) {
      for (String page : spec.checkoutPages()) {
        t += thinkTime(15);
        out.add(new SimEvent(t, PAGE_LOAD, page, null, null));
      }
      t += thinkTime(20);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "checkout_page_load", null, null));
    }
    if (converted) {
      t += thinkTime(20);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "action_place_order", null, store));
      t += 1_000_000L + rng.nextInt(2_000_000);
      out.add(new SimEvent(t, SimEvent.FUNNEL, "system_checkout_success", null, null));
      if (spec.postOrderRate() > 0 && rng.nextDouble() < spec.postOrderRate()) {
        append(out, browseOn.from(t, count(spec.postOrderEvents())), t);
      }
    }
    return out;
  }

  private static long append(List<SimEvent> out, List<SimEvent> more, long t) {
    out.addAll(more);
    return more.isEmpty() ? t : more.get(more.size() - 1).tsMicros();
  }

  /** A number of events around a mean: at least one when the mean is positive. */
  private int count(double mean) {
    return mean <= 0 ? 0 : 1 + (int) Gaussian.exponential(rng, Math.max(0, mean - 0.5));
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

  /** Five seconds plus an exponential draw of the given mean, in microseconds. */
  private long thinkTime(double meanSeconds) {
    return (long) ((5 + Gaussian.exponential(rng, meanSeconds)) * 1_000_000L);
  }
}
