package io.attnlift.common.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AucDifferenceTest {
  private static final int N = 400;

  /** Labels, a ranking that knows them well, one that knows them a little, and their users. */
  private static final int[] Y = new int[N];
  private static final double[] GOOD = new double[N];
  private static final double[] WEAK = new double[N];
  private static final String[] USERS = new String[N];

  static {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < N; i++) {
      Y[i] = r.nextDouble() < 0.3 ? 1 : 0;
      GOOD[i] = Y[i] * 1.5 + r.nextGaussian();
      WEAK[i] = Y[i] * 0.3 + r.nextGaussian();
      USERS[i] = "u" + i / 3;
    }
  }

  @Test
  void theDifferenceIsThatOfTheTwoAucsAndItsIntervalIsPaired() {
    AucDifference d = AucDifference.of(GOOD, WEAK, Y, USERS, 1);

    assertEquals(Roc.area(GOOD, Y) - Roc.area(WEAK, Y), d.value(), 1e-12);
    assertTrue(d.above(), "a much better ranking: " + d);
    assertTrue(d.ciLow() < d.value() && d.value() < d.ciHigh(), "" + d);
  }

  @Test
  void aRankingAgainstItselfDiffersByExactlyZero() {
    AucDifference d = AucDifference.of(WEAK, WEAK.clone(), Y, USERS, 1);

    assertEquals(0, d.value(), 0);
    assertEquals(0, d.ciLow(), 0);
    assertEquals(0, d.ciHigh(), 0);
    assertFalse(d.above());
  }
}
