package io.attnlift.extract.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriversTest {
  private static final Store HERO = new Store("1", "Hero", "Pizza", "Italian", false, true, 1);
  private static final Store NV = new Store("2", "Shop", "Grocery", "Grocery", true, false, 1);
  private static final Store PLAIN = new Store("3", "Plain", "Sushi", "Japanese", false, false, 1);

  private static SimEvent ev(String event, Store store) {
    return new SimEvent(0, "x", event, "Home Feed", store);
  }

  private static DriverSpec driver(String name, double effect, List<String> events,
      String stores, int withinFirst, String after, int cap) {
    return new DriverSpec(name, "", effect, events, null, stores, withinFirst, 0, after,
        after == null ? 0 : 3, cap);
  }

  @Test
  void aCappedCountDriverSplitsItsContributionOverAllMatches() {
    Drivers d = new Drivers(List.of(driver("loads", 0.3, List.of("store_page_load"), "any", 0,
        null, 2)), List.of());
    List<SimEvent> s = List.of(ev("store_page_load", PLAIN), ev("m_card_view", PLAIN),
        ev("store_page_load", PLAIN), ev("store_page_load", PLAIN));

    Drivers.Evaluation e = d.evaluate(s);

    assertEquals(0.6, e.logOdds(), 1e-12);
    assertEquals(0.6, d.logOdds(s), 1e-12);
    assertArrayEquals(new int[] {2}, e.values());
    assertArrayEquals(new double[] {0.2, 0, 0.2, 0.2}, e.shares(), 1e-12);
  }

  @Test
  void withinFirstAfterHeroAndNvConditionsRestrictTheMatches() {
    Drivers d = new Drivers(List.of(
        driver("early_click", 0.7, List.of("m_card_click"), "any", 2, null, 1),
        driver("search_click", 0.5, List.of("m_card_click"), "any", 0, "search_submit", 1),
        driver("hero", 0.4, List.of(), "hero", 0, null, 5),
        driver("nv", -0.6, List.of(), "nv", 0, null, 1)), List.of("1"));
    List<SimEvent> s = List.of(ev("home_page_load", null), ev("search_submit", null),
        ev("m_card_view", NV), ev("m_card_click", HERO), ev("m_card_click", PLAIN));

    Drivers.Evaluation e = d.evaluate(s);

    assertArrayEquals(new int[] {0, 1, 1, 1}, e.values());
    assertEquals(0.5 + 0.4 - 0.6, e.logOdds(), 1e-12);
    assertEquals(e.logOdds(), d.logOdds(s), 1e-12);
    assertArrayEquals(new double[] {0, 0, -0.6, 0.25 + 0.4, 0.25}, e.shares(), 1e-12);
  }

  @Test
  void withinLastMatchesOnlyTheLastEventsBeforeTheFunnel() {
    Drivers d = new Drivers(List.of(new DriverSpec("late_click", "", -0.5,
        List.of("m_card_click"), null, "any", 0, 2, null, 0, 1)), List.of());
    List<SimEvent> early = List.of(ev("m_card_click", PLAIN), ev("m_card_view", PLAIN),
        ev("m_card_view", PLAIN));
    List<SimEvent> late = List.of(ev("m_card_view", PLAIN), ev("m_card_view", PLAIN),
        ev("m_card_click", PLAIN));

    assertEquals(0.0, d.evaluate(early).logOdds(), 1e-12);
    assertEquals(-0.5, d.evaluate(late).logOdds(), 1e-12);
    assertArrayEquals(new double[] {0, 0, -0.5}, d.evaluate(late).shares(), 1e-12);
  }
}
