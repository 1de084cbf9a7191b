package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static io.attnlift.preprocess.Fixtures.funnel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

class CutSequencesTest {
  /** Each output as {@code variant session label truncated [event@seconds ...]}. */
  private static PCollection<String> cut(TestPipeline p, int maxLength, Session... sessions) {
    return p.apply(Create.of(List.of(sessions)).withCoder(SessionCoder.of()))
        .apply(new CutSequences(Fixtures.cutter(maxLength)))
        .apply(MapElements.into(TypeDescriptors.strings()).via(CutSequencesTest::describe));
  }

  private static String describe(Sequence q) {
    StringBuilder b = new StringBuilder(q.variant() + " " + q.sessionId() + " label="
        + q.label() + (q.truncated() ? " truncated" : "") + " [");
    q.events().forEach(e -> b.append(' ').append(e.event()).append('@').append(e.ts() / 1_000_000));
    return b.append(" ]").toString();
  }

  private static final Session CONVERTED = Fixtures.session("s", "u", List.of(
      click("u", "s", 1, "7"), funnel("u", "s", 2, "action_add_item"),
      click("u", "s", 3, "8"), funnel("u", "s", 4, "action_place_order"),
      click("u", "s", 5, "9")));

  @Test
  void eachVariantSeesItsOwnCutOfTheSession() throws Throwable {
    Pipelines.run(p -> PAssert.that(cut(p, 128, CONVERTED)).containsInAnyOrder(
        "no-funnel s label=1 [ m_card_click@1 ]",
        "funnel-removed s label=1 [ m_card_click@1 m_card_click@3 ]",
        "with-funnel s label=1 [ m_card_click@1 action_add_item@2 m_card_click@3"
            + " action_place_order@4 m_card_click@5 ]"));
  }

  @Test
  void aSessionWithoutConversionIsLabelledZeroAndCutTheSameWay() throws Throwable {
    Session s = Fixtures.session("n", "u", List.of(
        click("u", "n", 1, "7"), funnel("u", "n", 2, "cart_page_load"), click("u", "n", 3, null)));
    Pipelines.run(p -> PAssert.that(cut(p, 128, s)).containsInAnyOrder(
        "no-funnel n label=0 [ m_card_click@1 ]",
        "funnel-removed n label=0 [ m_card_click@1 m_card_click@3 ]",
        "with-funnel n label=0 [ m_card_click@1 cart_page_load@2 m_card_click@3 ]"));
  }

  @Test
  void longSessionsKeepTheMostRecentEvents() throws Throwable {
    PipelineResult r = Pipelines.run(p -> PAssert.that(cut(p, 2, CONVERTED)).containsInAnyOrder(
        "no-funnel s label=1 [ m_card_click@1 ]",
        "funnel-removed s label=1 [ m_card_click@1 m_card_click@3 ]",
        "with-funnel s label=1 truncated [ action_place_order@4 m_card_click@5 ]"));
    assertEquals(1, Pipelines.counter(r, "with-funnel/" + Stats.TRUNCATED));
    assertEquals(0, Pipelines.counter(r, "no-funnel/" + Stats.TRUNCATED));
  }

  @Test
  void aSessionTheCutEmptiesIsDroppedAndCounted() throws Throwable {
    Session s = Fixtures.session("e", "u", List.of(
        funnel("u", "e", 1, "action_place_order"), click("u", "e", 2, "7")));
    PipelineResult r = Pipelines.run(p -> PAssert.that(cut(p, 128, s)).containsInAnyOrder(
        "with-funnel e label=1 [ action_place_order@1 m_card_click@2 ]"));
    assertEquals(1, Pipelines.counter(r, "no-funnel/" + Stats.DROPPED_EMPTY));
    assertEquals(1, Pipelines.counter(r, "funnel-removed/" + Stats.DROPPED_EMPTY));
  }

  @Test
  void timeDeltasAreComputedOnWhatTheVariantSees() {
    Session s = Fixtures.session("g", "u", List.of(click("u", "g", 0, null),
        funnel("u", "g", 40, "action_add_item"), click("u", "g", 45, null),
        funnel("u", "g", 60, "action_place_order")));
    Sequence seed = Fixtures.cutter(128).cut(io.attnlift.common.Variant.FUNNEL_REMOVED, s);
    assertEquals((float) Math.log1p(45), seed.timeDelta()[1], "the add-to-cart's gap remains");
    assertEquals(1, Fixtures.cutter(128).cut(io.attnlift.common.Variant.NO_FUNNEL, s).events()
        .size());
  }

  @Test
  void timeDeltasAreLogSecondsSinceThePreviousEventClipped() {
    Session s = Fixtures.session("t", "u", List.of(click("u", "t", 0, null),
        click("u", "t", 10, null), click("u", "t", 100_000, null)));
    Sequence q = Fixtures.cutter(128).cut(io.attnlift.common.Variant.NO_FUNNEL, s);
    assertEquals(0f, q.timeDelta()[0]);
    assertEquals((float) Math.log1p(10), q.timeDelta()[1]);
    assertEquals((float) Math.log1p(Features.TIME_DELTA_CLIP_SECONDS), q.timeDelta()[2]);
  }
}
