package io.attnlift.extract.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The browsing process of one session, before its funnel: a home load, then bursts of store
 * impressions on the current surface (home feed, carousel, search results, offers hub), clicks on
 * shown stores usually followed by their store page, searches, offers, tab switches and returns
 * home. Impressions dominate, as in real apps.
 */
final class SessionSimulator {
  static final String HOME = "Home Feed";
  static final String SEARCH = "Core Search";
  static final String CAROUSEL = "Carousel";
  static final String OFFERS = "Offers Hub";

  private final Catalog catalog;
  private final WorldSpec.MessSpec mess;
  private final double meanEvents;
  private final SplittableRandom rng;
  private final UserProfile user;
  private final List<SimEvent> out = new ArrayList<>();
  private final List<Store> shown = new ArrayList<>();
  private long now;
  private String surface = HOME;
  private String queryTag;

  SessionSimulator(WorldSpec world, Catalog catalog, UserProfile user, SplittableRandom rng) {
    this.catalog = catalog;
    this.mess = world.mess();
    this.meanEvents = world.meanEventsPerSession();
    this.user = user;
    this.rng = rng;
  }

  /** The session's browsing events from {@code startMicros}, with its share of mess. */
  List<SimEvent> browse(long startMicros) {
    now = startMicros;
    int target = length();
    emit("page_load", "home_page_load", HOME, null, false);
    while (out.size() < target) {
      step();
    }
    return Mess.duplicate(out, mess.duplicateRate(), rng);
  }

  /**
   * About {@code events} more browsing events after {@code afterMicros}, without a new home
   * load: the same process, for what a user does between the cart and checkout or after the
   * order.
   */
  List<SimEvent> browseOn(long afterMicros, int events) {
    now = afterMicros + (long) ((0.5 + Gaussian.exponential(rng, 6.0)) * 1_000_000L);
    while (out.size() < events) {
      step();
    }
    return Mess.duplicate(out, mess.duplicateRate(), rng);
  }

  private int length() {
    double r = rng.nextDouble();
    if (r < mess.singleEventRate()) {
      return 1;
    }
    if (r < mess.singleEventRate() + mess.longSessionRate()) {
      return 300 + rng.nextInt(300);
    }
    double sigma = 0.6;
    double mu = Math.log(meanEvents) - sigma * sigma / 2;
    long n = Math.round(Math.exp(mu + sigma * Gaussian.next(rng)));
    return (int) Math.max(2, Math.min(150, n));
  }

  private void step() {
    double r = rng.nextDouble();
    double click = shown.isEmpty() ? 0 : 0.14 * user.click();
    double search = 0.05 * user.search();
    double tabs = 0.035 * user.tabs();
    double offers = 0.025 * user.offers();
    double carousel = 0.05 * user.carousel();
    if ((r -= click) < 0) {
      clickShownStore();
    } else if ((r -= search) < 0) {
      queryTag = catalog.drawTag(rng);
      emit("search", "search_submit", SEARCH, null, false);
      surface = SEARCH;
    } else if ((r -= tabs) < 0) {
      emit("navigation", "tab_switch", null, null, false);
      surface = rng.nextDouble() < 0.6 ? HOME : OFFERS;
    } else if ((r -= offers) < 0) {
      emit("page_load", "offers_hub_load", OFFERS, null, false);
      surface = OFFERS;
    } else if ((r -= carousel) < 0) {
      impressions(CAROUSEL);
    } else if ((r -= 0.03) < 0) {
      emit("page_load", "home_page_load", HOME, null, false);
      surface = HOME;
    } else {
      impressions(surface);
    }
  }

  private void impressions(String feature) {
    int k = 2 + rng.nextInt(4);
    for (int i = 0; i < k; i++) {
      Store s = pickStore(feature);
      shown.add(s);
      emit("impression", "m_card_view", feature, s, i > 0);
    }
  }

  private Store pickStore(String feature) {
    if (SEARCH.equals(feature) && queryTag != null && rng.nextDouble() < 0.8) {
      return catalog.drawWithTag(queryTag, rng);
    }
    if (rng.nextDouble() < user.nv()) {
      for (int tries = 0; tries < 30; tries++) {
        Store s = catalog.draw(rng);
        if (s.nv()) {
          return s;
        }
      }
    }
    return catalog.draw(rng);
  }

  private void clickShownStore() {
    int from = Math.max(0, shown.size() - 6);
    Store s = shown.get(from + rng.nextInt(shown.size() - from));
    String feature = out.isEmpty() ? surface : lastFeature();
    emit("click", "m_card_click", feature, s, false);
    if (rng.nextDouble() < 0.8) {
      emit("page_load", "store_page_load", feature, s, false);
    }
  }

  private String lastFeature() {
    String f = out.get(out.size() - 1).feature();
    return f == null ? surface : f;
  }

  /** Appends an event; a burst's events follow within a second, others after a pause. */
  private void emit(String type, String event, String feature, Store store, boolean inBurst) {
    if (!out.isEmpty() && rng.nextDouble() >= mess.sameTimestampRate()) {
      double gapSeconds = inBurst ? rng.nextDouble() : 0.5 + Gaussian.exponential(rng, 6.0);
      now += (long) (gapSeconds * 1_000_000L);
    }
    String f = store != null && rng.nextDouble() < mess.nullFeatureRate() ? null : feature;
    out.add(new SimEvent(now, type, event, f, store));
  }
}
