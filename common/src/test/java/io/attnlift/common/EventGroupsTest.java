package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.EventGroups.Group;
import io.attnlift.common.EventGroups.Level;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventGroupsTest {
  private record Ev(String event, String eventType, String feature, String store, String tag,
      String category, boolean nv) implements EventGroups.Event {}

  private static Ev view(String store, boolean nv) {
    return new Ev("m_card_view", "impression", "Home Feed", store, "Pizza", "Italian", nv);
  }

  private static Ev tab() {
    return new Ev("tab_switch", "navigation", Tokens.NO_FEATURE, Tokens.NO_STORE, Tokens.NO_STORE,
        Tokens.NO_STORE, false);
  }

  private static BitSet bits(int... positions) {
    BitSet b = new BitSet();
    for (int p : positions) {
      b.set(p);
    }
    return b;
  }

  @Test
  void everyGroupOfASessionHoldsThePositionsOfItsEvents() {
    List<Ev> s = List.of(view("7", false), tab(), view("9", true), view("7", false), tab(),
        view("9", true));

    Map<Group, BitSet> g = EventGroups.of(s);

    assertEquals(bits(0, 2, 3, 5), g.get(new Group(Level.EVENT, "m_card_view")));
    assertEquals(bits(1, 4), g.get(new Group(Level.EVENT_TYPE, "navigation")));
    assertEquals(bits(1, 4), g.get(new Group(Level.DISCOVERY_FEATURE, Tokens.NO_FEATURE)));
    assertEquals(bits(0, 3), g.get(new Group(Level.STORE, "7")));
    assertEquals(bits(0, 2, 3, 5), g.get(new Group(Level.TAG, "Pizza")));
    assertFalse(g.containsKey(new Group(Level.STORE, Tokens.NO_STORE)), "no store is no store");
    assertEquals(bits(0, 1, 2, 3, 4), g.get(new Group(Level.POSITION, "first_5")));
    assertEquals(bits(0, 1), g.get(new Group(Level.POSITION, "first_third")));
    assertEquals(bits(2, 3), g.get(new Group(Level.POSITION, "middle_third")));
    assertEquals(bits(4, 5), g.get(new Group(Level.POSITION, "last_third")));
    assertEquals(bits(1, 2, 3, 4, 5), g.get(new Group(Level.POSITION, "last_5")));
    assertEquals(bits(2), g.get(new Group(Level.NV_POSITION, "nv_first_half")));
    assertEquals(bits(5), g.get(new Group(Level.NV_POSITION, "nv_second_half")));
    assertEquals(bits(0, 3), g.get(new Group(Level.STORE, "7", "first_5")));
    assertEquals(bits(5), g.get(new Group(Level.STORE, "9", "last_third")));
    assertEquals(bits(4), g.get(new Group(Level.EVENT, "tab_switch", "last_third")));
    assertFalse(g.containsKey(new Group(Level.TAG, "Pizza", "first_5")), "tags are not windowed");
    assertFalse(g.containsKey(new Group(Level.STORE, "7", "last_third")));
  }

  @Test
  void theThirdsOfASessionCoverItOnceEach() {
    for (int length = 1; length <= 12; length++) {
      for (int p = 0; p < length; p++) {
        int windows = 0;
        for (String w : List.of("first_third", "middle_third", "last_third")) {
          windows += EventGroups.inWindow(w, p, length) ? 1 : 0;
        }
        assertEquals(1, windows, "position " + p + " of " + length);
      }
    }
    assertTrue(EventGroups.inWindow("first_third", 0, 1), "a one-event session is its first third");
  }

  @Test
  void levelsParseByTheirIdsAndAnUnknownOneIsBadInput() {
    for (Level l : Level.values()) {
      assertEquals(l, Level.parse(l.id()));
    }
    StageException e = org.junit.jupiter.api.Assertions.assertThrows(StageException.class,
        () -> Level.parse("brand"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
  }
}
