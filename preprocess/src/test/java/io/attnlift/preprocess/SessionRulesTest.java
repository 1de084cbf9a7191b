package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.CONVERSION;
import static io.attnlift.preprocess.Fixtures.click;
import static io.attnlift.preprocess.Fixtures.event;
import static io.attnlift.preprocess.Fixtures.funnel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRulesTest {
  @Test
  void equalTimestampsAreOrderedByContentWhateverTheInputOrder() {
    Event search = event("u", "s", 10, "search", "search_query", null);
    Event click = click("u", "s", 10, "7");
    Event first = click("u", "s", 5, "9");

    List<Event> a = SessionRules.sortAndDedupe(List.of(search, click, first));
    List<Event> b = SessionRules.sortAndDedupe(List.of(click, first, search));

    assertEquals(List.of(first, click, search), a);
    assertEquals(a, b);
    assertEquals(1, SessionRules.tiedTimestamps(a));
  }

  @Test
  void theLabelNeedsAFunnelEventNamedAsAConversion() {
    assertEquals(1, SessionRules.label(
        List.of(click("u", "s", 1, "7"), funnel("u", "s", 2, "system_checkout_success")),
        CONVERSION));
    assertEquals(0, SessionRules.label(
        List.of(event("u", "s", 1, "click", "action_place_order", null)), CONVERSION));
    assertEquals(0, SessionRules.label(
        List.of(funnel("u", "s", 1, "action_add_item")), CONVERSION));
  }

  @Test
  void theHonestCutStopsBeforeTheFirstFunnelEventTheSeedsFilterOnlyRemovesFunnelEvents() {
    Event before = click("u", "s", 1, "7");
    Event atCartTime = click("u", "s", 2, "6");
    Event browsingOn = click("u", "s", 3, "8");
    Event atConversionTime = click("u", "s", 4, "8");
    List<Event> sorted = SessionRules.sortAndDedupe(List.of(
        before, funnel("u", "s", 2, "action_add_item"), atCartTime, browsingOn,
        funnel("u", "s", 4, "action_place_order"), atConversionTime, click("u", "s", 9, "9")));

    assertEquals(List.of(before), SessionRules.visible(Variant.NO_FUNNEL, sorted, CONVERSION));
    assertEquals(List.of(before, atCartTime, browsingOn),
        SessionRules.visible(Variant.FUNNEL_REMOVED, sorted, CONVERSION));
    assertEquals(sorted, SessionRules.visible(Variant.WITH_FUNNEL, sorted, CONVERSION));
  }

  @Test
  void theHonestCutAppliesToSessionsThatDoNotConvertAlike() {
    Event before = click("u", "s", 1, "7");
    List<Event> abandoned = SessionRules.sortAndDedupe(List.of(before,
        funnel("u", "s", 2, "cart_page_load"), click("u", "s", 3, "8")));

    assertEquals(List.of(before), SessionRules.visible(Variant.NO_FUNNEL, abandoned, CONVERSION));
    assertEquals(2, SessionRules.visible(Variant.FUNNEL_REMOVED, abandoned, CONVERSION).size());
  }

  @Test
  void thePresetsFunnelEventsCountWhateverTheirTypeAndConversionsMustBeFunnelEvents() {
    FunnelRules rules = new FunnelRules(java.util.Set.of("funnel"), java.util.Set.of(
        "add_to_cart", "purchase"), java.util.Set.of("purchase"));
    Event before = click("u", "s", 1, "7");
    List<Event> sorted = SessionRules.sortAndDedupe(List.of(before,
        event("u", "s", 2, "click", "add_to_cart", "7"), click("u", "s", 3, "8"),
        event("u", "s", 4, "click", "purchase", "7")));

    assertEquals(List.of(before), SessionRules.visible(Variant.NO_FUNNEL, sorted, rules));
    assertEquals(1, SessionRules.label(sorted, rules));
    assertEquals(0, SessionRules.label(sorted, CONVERSION), "purchase is no funnel event there");
    assertTrue(rules.describe().contains("EVENT in [add_to_cart, purchase]"), rules.describe());
  }

  @Test
  void aSessionOfTwoUsersIsRecognised() {
    assertTrue(SessionRules.hasSeveralUsers(List.of(click("a", "s", 1, null),
        click("b", "s", 2, null))));
    assertFalse(SessionRules.hasSeveralUsers(List.of(click("a", "s", 1, null))));
  }
}
