package io.attnlift.common.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class AucTest {
  @Test
  void perfectReversedAndTiedScoresGiveOneZeroAndAHalf() {
    int[] y = {1, 1, 0, 0};
    assertEquals(1.0, Roc.area(new double[] {0.9, 0.8, 0.2, 0.1}, y));
    assertEquals(0.0, Roc.area(new double[] {0.1, 0.2, 0.8, 0.9}, y));
    assertEquals(0.5, Roc.area(new double[] {0.5, 0.5, 0.5, 0.5}, y));
  }

  @Test
  void aTieBetweenAPositiveAndANegativeCountsHalf() {
    // positives 0.8, 0.4; negatives 0.4, 0.1: pairs (0.8>0.4, 0.8>0.1, 0.4=0.4, 0.4>0.1) = 3.5/4
    assertEquals(0.875, Roc.area(new double[] {0.8, 0.4, 0.4, 0.1}, new int[] {1, 1, 0, 0}));
  }

  @Test
  void theAreaIsMannWhitneyUOverTheClassSizesAsCommonsMathComputesIt() {
    SplittableRandom r = new SplittableRandom(3);
    double[] s = new double[200];
    int[] y = new int[200];
    for (int i = 0; i < s.length; i++) {
      y[i] = r.nextInt(4) == 0 ? 1 : 0;
      s[i] = Math.round((r.nextDouble() + 0.3 * y[i]) * 20) / 20.0;
    }
    double[] pos = Arrays.stream(indices(y, 1)).mapToDouble(i -> s[i]).toArray();
    double[] neg = Arrays.stream(indices(y, 0)).mapToDouble(i -> s[i]).toArray();
    double u = new MannWhitneyUTest().mannWhitneyU(pos, neg);
    // commons-math returns max(U1, U2); the area is U1 / (n1 n2) when it is above a half
    double expected = Math.max(u, pos.length * (double) neg.length - u)
        / (pos.length * (double) neg.length);
    double area = Roc.area(s, y);
    assertEquals(expected, Math.max(area, 1 - area), 1e-12);
    assertEquals(area, Roc.of(s, y).auc(), 1e-12);
  }

  private static int[] indices(int[] y, int label) {
    return java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] == label).toArray();
  }

  @Test
  void oneClassOnlyIsUndefined() {
    assertTrue(Double.isNaN(Roc.area(new double[] {0.1, 0.2}, new int[] {1, 1})));
  }

  @Test
  void aNaNScoreIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Roc.area(new double[] {Double.NaN, 0.2}, new int[] {1, 0}));
  }

  @Test
  void theCurveRunsFromTheOriginToOneOneWithOneStepPerDistinctScore() {
    Roc roc = Roc.of(new double[] {0.9, 0.5, 0.5, 0.1}, new int[] {1, 1, 0, 0});

    assertEquals(4, roc.points().size());
    assertEquals("[0.0, 0.0]", Arrays.toString(roc.points().get(0)));
    assertEquals("[0.0, 0.5]", Arrays.toString(roc.points().get(1)));
    assertEquals("[0.5, 1.0]", Arrays.toString(roc.points().get(2)));
    assertEquals("[1.0, 1.0]", Arrays.toString(roc.points().get(3)));
  }

  @Test
  void unitWeightsGiveTheAreaAndDoubledUsersWeighTwice() {
    double[] s = {0.9, 0.6, 0.6, 0.3, 0.2};
    int[] y = {1, 0, 1, 0, 0};
    Integer[] order = {4, 3, 1, 2, 0};
    assertEquals(Roc.area(s, y), Auc.weightedArea(order, s, y, new long[] {1, 1, 1, 1, 1}),
        1e-12);
    double[] s2 = {0.9, 0.9, 0.6, 0.6, 0.6, 0.3, 0.2};
    int[] y2 = {1, 1, 0, 1, 0, 0, 0};
    Integer[] order2 = {6, 5, 2, 3, 4, 0, 1};
    assertEquals(Auc.weightedArea(order2, s2, y2, new long[] {1, 1, 1, 1, 1, 1, 1}),
        Auc.weightedArea(order, s, y, new long[] {2, 2, 1, 1, 1}), 1e-12);
  }

  @Test
  void theIntervalOverUsersHoldsTheValueCountsAndIsReproducible() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 300;
    double[] s = new double[n];
    int[] y = new int[n];
    String[] users = new String[n];
    for (int i = 0; i < n; i++) {
      users[i] = "u" + i / 3;
      y[i] = r.nextInt(3) == 0 ? 1 : 0;
      s[i] = r.nextDouble() + 0.5 * y[i];
    }

    Auc a = Auc.of(s, y, users, 42);

    assertEquals(Roc.area(s, y), a.value(), 1e-12);
    assertTrue(a.ciLow() < a.value() && a.value() < a.ciHigh(), a.toString());
    assertTrue(a.ciHigh() - a.ciLow() < 0.2, a.toString());
    assertEquals(n, a.sessions());
    assertEquals(Arrays.stream(y).sum(), a.converted());
    assertEquals(100, a.users());
    assertEquals(a, Auc.of(s, y, users, 42));
  }

  @Test
  void clusteredSessionsWidenTheIntervalAgainstIndependentOnes() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 400;
    double[] s = new double[n];
    int[] y = new int[n];
    String[] sessionsAsUsers = new String[n];
    String[] fewUsers = new String[n];
    for (int i = 0; i < n; i++) {
      // ten users, each with a propensity shared by all of their sessions
      double userEffect = (i % 10) / 10.0;
      y[i] = r.nextDouble() < 0.2 + 0.5 * userEffect ? 1 : 0;
      s[i] = userEffect + 0.3 * r.nextDouble();
      sessionsAsUsers[i] = "s" + i;
      fewUsers[i] = "u" + i % 10;
    }

    Auc independent = Auc.of(s, y, sessionsAsUsers, 1);
    Auc clustered = Auc.of(s, y, fewUsers, 1);

    assertTrue(clustered.ciHigh() - clustered.ciLow()
        > 1.5 * (independent.ciHigh() - independent.ciLow()), clustered + " vs " + independent);
  }
}
