package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiftEngineTest {
  private static final double EPS = 1e-12;
  private static final ScoredRun FOUR = fourSessions();

  /**
   * s1 and s2 convert, s3 and s4 do not. A: 0.6, 0.5, 0.3 in converted, 0.2 in non-converted
   * sessions; B: 0.4 against 0.8 and 0.5.
   */
  private static ScoredRun fourSessions() {
    return ScoredRun.of(List.of(
        Attr.event("s1", 1, 2, 0, "A", "click", null, 0.6),
        Attr.event("s1", 1, 2, 1, "B", "search", null, 0.4),
        Attr.event("s2", 1, 3, 0, "A", "click", null, 0.5),
        Attr.event("s2", 1, 3, 1, "A", "click", null, 0.3),
        Attr.event("s2", 1, 3, 2, "C", "navigation", null, 0.2),
        Attr.event("s3", 0, 2, 1, "B", "search", null, 0.8),
        Attr.event("s3", 0, 2, 0, "A", "click", null, 0.2),
        Attr.event("s4", 0, 2, 0, "B", "search", null, 0.5),
        Attr.event("s4", 0, 2, 1, "C", "navigation", null, 0.5)));
  }

  @Test
  void liftIsMeanPerOccurrenceInConvertedMinusNonConverted() {
    Map<String, Lift> lifts = new LiftEngine(FOUR, 50, 1).compute(LiftEngineTest::fourSessionsKey);
    Lift a = lifts.get("A");
    assertEquals(3, a.nConverted());
    assertEquals(1, a.nNotConverted());
    assertEquals(1.4 / 3, a.meanConverted()[0], EPS);
    assertEquals(0.2, a.meanNotConverted()[0], EPS);
    assertEquals(1.4 / 3 - 0.2, a.lift(Method.ATTENTION).value(), EPS);
    assertEquals(1.6 / 4, a.mean(Method.ATTENTION).value(), EPS);
    Lift b = lifts.get("B");
    assertEquals(0.4 - 0.65, b.lift(Method.OCCLUSION).value(), EPS);
  }

  private static String fourSessionsKey(int i) {
    return FOUR.event(i).event();
  }

  @Test
  void lengthAdjustedLiftScalesEachScoreBySessionLength() {
    Lift a = new LiftEngine(FOUR, 10, 1).compute(LiftEngineTest::fourSessionsKey).get("A");
    // converted: 0.6*2, 0.5*3, 0.3*3 -> mean 1.2; non-converted: 0.2*2 = 0.4
    assertEquals(0.8, a.lift()[ScoredRun.LENGTH_ADJUSTED].value(), EPS);
    assertEquals(3.0, a.adjustedRatio().value(), EPS);
  }

  @Test
  void dataLiftComparesConversionRatesOfSessionsWithAndWithout() {
    Map<String, Lift> lifts = new LiftEngine(FOUR, 10, 1).compute(LiftEngineTest::fourSessionsKey);
    Lift b = lifts.get("B");
    assertEquals(1.0 / 3, b.rateWith(), EPS);
    assertEquals(1.0, b.rateWithout(), EPS);
    assertEquals(1.0 / 3, b.dataLift().value(), EPS);
    Lift a = lifts.get("A");
    assertEquals(2.0 / 3, a.rateWith(), EPS);
    assertEquals(0.0, a.rateWithout(), EPS);
    assertFalse(a.dataLift().defined(), "no converted session lacks A: the ratio is undefined");
  }

  @Test
  void valueSeenInOneOutcomeOnlyHasNoLift() {
    Lift c = new LiftEngine(FOUR, 10, 1).compute(LiftEngineTest::fourSessionsKey).get("C");
    assertEquals(1, c.nConverted());
    assertTrue(c.lift(Method.ATTENTION).defined());
    Lift onlyConverted = new LiftEngine(FOUR, 10, 1)
        .compute(i -> FOUR.label(FOUR.sessionOf(i)) == 1 ? "X" : null).get("X");
    assertFalse(onlyConverted.lift(Method.ATTENTION).defined());
    assertTrue(onlyConverted.mean(Method.ATTENTION).defined());
  }

  @Test
  void identicalSessionsGiveADegenerateIntervalAtTheEstimate() {
    ScoredRun run = ScoredRun.of(List.of(
        Attr.event("c1", 1, 1, 0, "A", "click", null, 0.9),
        Attr.event("c2", 1, 1, 0, "A", "click", null, 0.9),
        Attr.event("n1", 0, 1, 0, "A", "click", null, 0.5),
        Attr.event("n2", 0, 1, 0, "A", "click", null, 0.5)));
    Interval i = new LiftEngine(run, 30, 7).compute(x -> "A").get("A").lift(Method.ATTENTION);
    assertEquals(0.4, i.value(), EPS);
    assertEquals(0.4, i.low(), EPS);
    assertEquals(0.4, i.high(), EPS);
    assertFalse(i.excludes(0.4));
    assertTrue(i.excludes(0));
  }

  @Test
  void intervalsAreTheSameForTheSameSeedAndBracketTheEstimate() {
    ScoredRun run = ScoredRun.of(PlantedWorld.attributions(200, 3, false).stream()
        .map(r -> TrainInputs.toEvent(r, Path.of("test"))).toList());
    Lift a = new LiftEngine(run, 100, 5).compute(i -> run.event(i).event()).get("core_search");
    Lift b = new LiftEngine(run, 100, 5).compute(i -> run.event(i).event()).get("core_search");
    Interval x = a.lift(Method.ATTENTION);
    assertEquals(x, b.lift(Method.ATTENTION));
    assertTrue(x.low() < x.value() && x.value() < x.high(), x.toString());
  }

  @Test
  void unscoredOccurrencesAreLeftOutOfThatMethodOnly() {
    ScoredEvent capped = Attr.event("s2", 1, 3, 1, "A", "click", null, 0.3);
    capped.scores()[Method.OCCLUSION.ordinal()] = Double.NaN;
    List<ScoredEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < FOUR.events(); i++) {
      ScoredEvent e = FOUR.event(i);
      events.add(e.sessionId().equals("s2") && e.position() == 1 ? capped : e);
    }
    ScoredRun run = ScoredRun.of(events);
    Lift a = new LiftEngine(run, 10, 1).compute(i -> run.event(i).event()).get("A");
    assertEquals(3, a.nConverted());
    assertEquals(1.4 / 3 - 0.2, a.lift(Method.ATTENTION).value(), EPS);
    assertEquals(1.1 / 2 - 0.2, a.lift(Method.OCCLUSION).value(), EPS);
  }
}
