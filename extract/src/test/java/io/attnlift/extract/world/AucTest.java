package io.attnlift.extract.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AucTest {
  @Test
  void countsOrderedPairsAndTiesHalf() {
    double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4};
    boolean[] labels = {false, false, true, true, true};
    // Positive/negative pairs: (0.35 > 0.1) (0.35 < 0.4) (0.8 > both) (0.4 > 0.1, 0.4 = 0.4).
    assertEquals((1 + 0 + 2 + 1.5) / 6.0, Auc.of(scores, labels, 5), 1e-12);
  }

  @Test
  void isUndefinedWithoutBothClasses() {
    assertEquals(Double.NaN, Auc.of(new double[] {0.2, 0.3}, new boolean[] {true, true}, 2));
  }
}
