package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkovRemovalTest {
  private static final double EPS = 1e-12;

  /**
   * Paths a→CONV, a→b→NULL, b→CONV, b→NULL. From b: CONV 1/3. From a: 1/2 + 1/2·1/3 = 2/3. From
   * START: 1/2·2/3 + 1/2·1/3 = 1/2. Without a: 1/2·1/3 = 1/6, effect (1/2 - 1/6)/(1/2) = 2/3.
   * Without b: 1/2·1/2 = 1/4, effect 1/2.
   */
  private static MarkovRemoval toy() {
    return new MarkovRemoval(
        List.of(List.of("a"), List.of("a", "b"), List.of("b"), List.of("b")),
        new boolean[] {true, false, true, false});
  }

  @Test
  void conversionProbabilityIsTheAbsorptionProbabilityFromStart() {
    assertEquals(0.5, toy().conversionProbability(null), EPS);
    assertEquals(1.0 / 6, toy().conversionProbability("a"), EPS);
    assertEquals(0.25, toy().conversionProbability("b"), EPS);
  }

  @Test
  void removalEffectIsTheRelativeDropWithoutTheState() {
    Map<String, Double> effects = toy().removalEffects();
    assertEquals(List.of("a", "b"), List.copyOf(effects.keySet()));
    assertEquals(2.0 / 3, effects.get("a"), EPS);
    assertEquals(0.5, effects.get("b"), EPS);
  }

  @Test
  void selfLoopsDoNotChangeTheAbsorptionProbability() {
    MarkovRemoval looped = new MarkovRemoval(
        List.of(List.of("a", "a", "a"), List.of("a", "b"), List.of("b", "b"), List.of("b")),
        new boolean[] {true, false, true, false});
    assertEquals(0.5, looped.conversionProbability(null), EPS);
  }
}
