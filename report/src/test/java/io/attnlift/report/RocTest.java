package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocTest {
  @Test
  void areaIsTheShareOfPositiveNegativePairsRankedRight() {
    int[] labels = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    double[] scores = {0.9, 0.7, 0.4, 0.8, 0.3, 0.2, 0.1, 0.35, 0.15, 0.05};

    assertEquals(19.0 / 21, Roc.of(labels, scores).auc(), 1e-12);
  }

  @Test
  void tiedScoresCountHalfAndFormOneStep() {
    Roc roc = Roc.of(new int[] {1, 0, 1, 0}, new double[] {0.5, 0.5, 0.9, 0.1});

    assertEquals(0.875, roc.auc(), 1e-12);
    List<double[]> p = roc.points();
    assertEquals(4, p.size());
    assertArrayEquals(new double[] {0, 0.5}, p.get(1));
    assertArrayEquals(new double[] {0.5, 1}, p.get(2));
    assertArrayEquals(new double[] {1, 1}, p.get(3));
  }

  @Test
  void oneClassOnlyHasNoArea() {
    assertTrue(Double.isNaN(Roc.of(new int[] {1, 1}, new double[] {0.2, 0.3}).auc()));
  }

  @Test
  void thinningKeepsBothEnds() {
    int n = 1000;
    int[] labels = new int[n];
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 3 == 0 ? 1 : 0;
      scores[i] = i;
    }
    List<double[]> t = Roc.of(labels, scores).thinned(50);

    assertEquals(50, t.size());
    assertArrayEquals(new double[] {0, 0}, t.get(0));
    assertArrayEquals(new double[] {1, 1}, t.get(49));
  }
}
