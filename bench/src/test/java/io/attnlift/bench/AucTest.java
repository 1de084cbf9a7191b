package io.attnlift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AucTest {
  @Test
  void perfectRankingIsOne() {
    assertEquals(1.0, Auc.of(new double[] {0.1, 0.2, 0.8, 0.9},
        new boolean[] {false, false, true, true}));
  }

  @Test
  void reversedRankingIsZero() {
    assertEquals(0.0, Auc.of(new double[] {0.9, 0.1}, new boolean[] {false, true}));
  }

  @Test
  void tieBetweenPositiveAndNegativeCountsHalf() {
    // pairs (pos, neg): (0.5, 0.5) tie = 0.5, (0.5, 0.1) = 1, (0.9, 0.5) = 1, (0.9, 0.1) = 1
    assertEquals(3.5 / 4, Auc.of(new double[] {0.5, 0.9, 0.5, 0.1},
        new boolean[] {true, true, false, false}));
  }

  @Test
  void allScoresEqualIsOneHalf() {
    assertEquals(0.5, Auc.of(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, false}));
  }

  @Test
  void oneClassOnlyIsUndefined() {
    assertTrue(Double.isNaN(Auc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})));
  }

  @Test
  void refusesMismatchedLengthsAndNaN() {
    assertThrows(IllegalArgumentException.class,
        () -> Auc.of(new double[] {0.1}, new boolean[] {true, false}));
    assertThrows(IllegalArgumentException.class,
        () -> Auc.of(new double[] {Double.NaN, 0.1}, new boolean[] {true, false}));
  }
}
