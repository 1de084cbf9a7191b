package io.attnlift.extract.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.stats.Roc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated worlds: the planted drivers really move the conversion rate in the data (each
 * measured here from the events, not from the generator's own tally), the funnel matches the
 * outcome, and the mess is there.
 */
class WorldIT {
  private static final LocalDate END = LocalDate.of(2026, 11, 27);

  private record World(WorldGenerator gen, List<SimSession> sessions, TruthTally tally) {}

  private static World generate(String name, int users) throws Exception {
    WorldGenerator gen = new WorldGenerator(WorldSpec.load(name), 42, users, END);
    List<SimSession> sessions = new ArrayList<>();
    TruthTally tally = gen.run(sessions::add);
    return new World(gen, sessions, tally);
  }

  private static double rate(List<SimSession> sessions, Predicate<SimSession> p) {
    List<SimSession> in = sessions.stream().filter(p).toList();
    assertTrue(in.size() >= 100, "too few sessions to compare: " + in.size());
    return in.stream().filter(SimSession::converted).count() / (double) in.size();
  }

  /**
   * Asserts that sessions where {@code driver} holds convert more, comparing sessions of 12 to 30
   * events only: longer sessions hold more of every event, so length would confound the effect.
   */
  private static void assertRaises(List<SimSession> all, Predicate<SimSession> driver) {
    List<SimSession> s = all.stream()
        .filter(x -> x.events().size() >= 12 && x.events().size() <= 30).toList();
    double with = rate(s, driver);
    double without = rate(s, driver.negate());
    assertTrue(with > without + 0.03, "with " + with + ", without " + without);
  }

  private static long count(SimSession s, Predicate<SimEvent> p) {
    return s.events().stream().filter(p).count();
  }

  private static boolean early(SimSession s, int n, Predicate<SimEvent> p) {
    return s.events().stream().limit(n).anyMatch(p);
  }

  private static Predicate<SimEvent> named(String event) {
    return e -> e.event().equals(event);
  }

  @Test
  void theDefaultWorldsDriversMoveConversionInTheData() throws Exception {
    World w = generate("default", 2000);
    List<String> heroes = w.gen().catalog().heroIds();
    List<SimSession> s = w.sessions();

    assertRaises(s, x -> count(x, named("store_page_load")) >= 2);
    assertRaises(s, x -> early(x, 5, named("m_card_click")));
    assertRaises(s, x -> count(x, e -> e.store() != null && heroes.contains(e.store().id())
        && !e.event().equals("m_card_view") && !e.isFunnel()) > 0);
    assertRaises(s, x -> early(x, 10, e -> e.store() != null && e.store().nv()
        && !e.event().equals("m_card_view")));
    assertRaises(s, x -> count(x, named("tab_switch")) == 0);
    GroundTruthJson gt = w.tally().toJson(42, 2000, END.toString());
    Map<String, Double> events = gt.eventContributions();
    assertTrue(events.get("store_page_load") > 0);
    assertTrue(events.get("tab_switch") < 0);
    assertEquals(0.0, events.get("checkout_page_load"));
  }

  @Test
  void theAltWorldPlantsDifferentDriversWithTheNvEffectReversed() throws Exception {
    World w = generate("alt", 2000);
    List<SimSession> s = w.sessions();

    assertRaises(s, x -> count(x, e -> e.event().equals("m_card_click")
        && "Offers Hub".equals(e.feature())) > 0);
    assertRaises(s, x -> !early(x, 4, e -> e.store() != null && e.store().nv()));
    assertRaises(s, x -> count(x, named("search_submit")) == 0);
    Map<String, Double> events = w.tally().toJson(42, 2000, END.toString())
        .eventContributions();
    assertEquals(0.0, events.get("tab_switch"), "no alt driver uses tab switches");
    assertEquals(0.0, events.get("home_page_load"));
    assertTrue(events.get("search_submit") < 0);
    Map<String, Double> features = w.tally().toJson(42, 2000, END.toString())
        .discoveryFeatureContributions();
    double offers = features.get("Offers Hub");
    for (String other : List.of("Home Feed", "Core Search", "NO_FEATURE")) {
      assertTrue(offers > features.get(other), other + " vs Offers Hub: " + features);
    }
    assertTrue(features.get("Carousel") > features.get("Home Feed"), "" + features);
  }

  @Test
  void outcomesFunnelsAndProbabilitiesAgree() throws Exception {
    World w = generate("default", 1500);
    List<SimSession> s = w.sessions();
    double meanP = s.stream().mapToDouble(SimSession::trueProbability).average().orElseThrow();
    double rate = w.tally().conversionRate();

    assertTrue(rate > 0.15 && rate < 0.25, "conversion rate " + rate);
    assertTrue(Math.abs(meanP - rate) < 0.03, meanP + " vs " + rate);
    for (SimSession x : s) {
      boolean ordered = count(x, named("action_place_order")) == 1
          && x.events().get(x.events().size() - 1).event().equals("system_checkout_success");
      assertEquals(x.converted(), ordered, x.sessionId());
      int firstFunnel = firstFunnel(x);
      assertTrue(x.events().subList(firstFunnel, x.events().size()).stream()
          .allMatch(SimEvent::isFunnel), "funnel events come last in " + x.sessionId());
    }
    assertTrue(s.stream().anyMatch(x -> !x.converted() && count(x, SimEvent::isFunnel) > 0),
        "some carts are abandoned");
    GroundTruthJson gt = w.tally().toJson(42, 1500, END.toString());
    double aucTrue = gt.aucTrueProbability();
    double aucEventsOnly = gt.aucEventsOnly();
    assertTrue(aucTrue > aucEventsOnly && aucEventsOnly > 0.6, aucTrue + " " + aucEventsOnly);
  }

  @Test
  void theDataHasItsShareOfRealisticMess() throws Exception {
    World w = generate("default", 2000);
    List<SimSession> s = w.sessions();
    long events = s.stream().mapToLong(x -> x.events().size()).sum();
    long views = s.stream().mapToLong(x -> count(x, named("m_card_view"))).sum();

    double mean = (double) events / s.size();
    assertTrue(mean > 15 && mean < 35, "mean events per session " + mean);
    assertTrue(views > 0.4 * events, "impressions dominate");
    assertTrue(s.stream().anyMatch(x -> x.events().size() == 1));
    assertTrue(s.stream().anyMatch(x -> x.events().size() >= 300));
    assertTrue(s.stream().anyMatch(WorldIT::hasDuplicateRow));
    assertTrue(s.stream().anyMatch(x -> IntStream.range(1, x.events().size()).anyMatch(i ->
        x.events().get(i).tsMicros() == x.events().get(i - 1).tsMicros()
            && !x.events().get(i).equals(x.events().get(i - 1)))), "equal timestamps");
    assertTrue(s.stream().anyMatch(x -> count(x, e -> e.store() != null && e.feature() == null
        && !e.isFunnel()) > 0), "null discovery features");
    List<String> names = w.gen().catalog().stores().stream().map(Store::name).toList();
    for (String mess : List.of(",", "\"", "é", "<b>", "<script>")) {
      assertTrue(names.stream().anyMatch(n -> n.contains(mess)), mess);
    }
  }

  @Test
  void theMidcartWorldsFunnelSitsMidSessionAndLeaksThroughWhatTheSeedsFilterKeeps()
      throws Exception {
    World w = generate("midcart", 2000);
    List<SimSession> converted = w.sessions().stream().filter(SimSession::converted).toList();

    for (SimSession x : converted) {
      List<String> names = x.events().stream().map(SimEvent::event).toList();
      int cart = names.indexOf("cart_page_load");
      int signIn = names.indexOf("sign_in_page_load");
      int checkout = names.indexOf("checkout_page_load");
      assertTrue(firstFunnel(x) < cart && cart < signIn && signIn < checkout, x.sessionId());
      assertEquals(Funnel.PAGE_LOAD, x.events().get(signIn).type());
      for (int i = firstFunnel(x); i < x.events().size(); i++) {
        assertEquals(0.0, x.shares()[i], "what follows the first add-to-cart drives nothing");
      }
    }
    assertTrue(converted.stream().filter(x -> x.events().subList(firstFunnel(x),
        x.events().indexOf(x.events().stream().filter(named("cart_page_load")).findFirst()
            .orElseThrow())).stream().anyMatch(e -> !e.isFunnel())).count()
        > converted.size() / 2, "browsing goes on between the add-to-cart and the cart");
    assertTrue(converted.stream().filter(x -> !x.events().get(x.events().size() - 1).isFunnel())
        .count() > converted.size() / 3, "buyers browse on after the order");

    int[] y = new int[w.sessions().size()];
    double[] seedGap = new double[y.length];
    double[] honestGap = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      SimSession x = w.sessions().get(i);
      y[i] = x.converted() ? 1 : 0;
      seedGap[i] = largestGap(x.events().stream().takeWhile(e -> !e.event().equals(
          "action_place_order")).filter(e -> !e.isFunnel()).toList());
      honestGap[i] = largestGap(x.events().subList(0, firstFunnel(x)));
    }
    double seedAuc = Roc.area(seedGap, y);
    double honestAuc = Roc.area(honestGap, y);
    assertTrue(seedAuc > 0.8 && honestAuc < 0.6, "largest gap: seed's filter " + seedAuc
        + ", honest cut " + honestAuc);
  }

  @Test
  void thePositionWorldsDriversDependOnWhereTheEventSits() throws Exception {
    World w = generate("positions", 2000);
    List<SimSession> s = w.sessions();
    Predicate<SimEvent> click = named("m_card_click");

    assertRaises(s, x -> early(x, 6, click));
    assertRaises(s, x -> !late(x, 5, click));
    assertRaises(s, x -> !late(x, 4, named("search_submit")));
  }

  @Test
  void theStoreWorldsHeroesRaiseConversionThroughTheirPageLoads() throws Exception {
    World w = generate("stores", 2000);
    List<String> heroes = w.gen().catalog().heroIds();

    assertEquals(40, heroes.size());
    assertRaises(w.sessions(), x -> count(x, e -> e.event().equals("store_page_load")
        && heroes.contains(e.store().id())) > 0);
    Map<String, Double> stores = w.tally().toJson(42, 2000, END.toString())
        .storeContributions();
    long positiveHeroes = heroes.stream()
        .filter(h -> stores.containsKey(h) && stores.get(h) > 0).count();
    assertEquals(heroes.stream().filter(stores::containsKey).count(), positiveHeroes);
    Map<String, Double> removal = removal(w, "store", "all");
    for (Map.Entry<String, Double> e : removal.entrySet()) {
      assertEquals(heroes.contains(e.getKey()), e.getValue() > 0, "store " + e.getKey());
    }
  }

  @Test
  void theRemovalTruthHasTheSignOfEachDriver() throws Exception {
    World def = generate("default", 1000);
    Map<String, Double> events = removal(def, "event", "all");
    assertTrue(events.get("store_page_load") > 0.01, "" + events);
    assertTrue(events.get("tab_switch") < -0.01, "" + events);

    World pos = generate("positions", 1000);
    Map<String, Double> early = removal(pos, "event", "first_5");
    Map<String, Double> late = removal(pos, "event", "last_5");
    assertTrue(early.get("m_card_click") > 0.01 && late.get("m_card_click") < -0.01,
        "clicks early " + early + ", late " + late);
  }

  /** The removal truth of one level and window: group → mean change in the events-only p. */
  private static Map<String, Double> removal(World w, String level, String window) {
    Map<String, Double> out = new java.util.TreeMap<>();
    w.tally().toJson(42, 0, END.toString()).removalEffects().stream()
        .filter(r -> r.level().equals(level) && r.window().equals(window))
        .forEach(r -> out.put(r.group(), r.meanDeltaProbability()));
    assertTrue(!out.isEmpty(), "no removal truth at level " + level);
    return out;
  }

  /** True when one of the last {@code n} events before the funnel matches. */
  private static boolean late(SimSession s, int n, Predicate<SimEvent> p) {
    List<SimEvent> before = s.events().subList(0, firstFunnel(s));
    return before.subList(Math.max(0, before.size() - n), before.size()).stream().anyMatch(p);
  }

  private static double largestGap(List<SimEvent> events) {
    long gap = 0;
    for (int i = 1; i < events.size(); i++) {
      gap = Math.max(gap, events.get(i).tsMicros() - events.get(i - 1).tsMicros());
    }
    return gap;
  }

  private static int firstFunnel(SimSession x) {
    for (int i = 0; i < x.events().size(); i++) {
      if (x.events().get(i).isFunnel()) {
        return i;
      }
    }
    return x.events().size();
  }

  private static boolean hasDuplicateRow(SimSession x) {
    for (int i = 1; i < x.events().size(); i++) {
      if (x.events().get(i).equals(x.events().get(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
