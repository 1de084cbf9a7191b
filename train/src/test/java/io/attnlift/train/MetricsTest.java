package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.json.MetricsJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void aucCountsPairsRankedRightAndTiesAsHalf() {
    double[] p = {0.1, 0.4, 0.35, 0.8};
    int[] y = {0, 0, 1, 1};
    assertEquals(0.75, Metrics.auc(p, y), 1e-12);
    assertEquals(0.5, Metrics.auc(new double[] {0.3, 0.3}, new int[] {0, 1}), 1e-12);
  }

  @Test
  void aucIsUndefinedWithOneClass() {
    assertEquals(Double.NaN, Metrics.auc(new double[] {0.2, 0.9}, new int[] {1, 1}));
  }

  @Test
  void brierAndLogLossOfPerfectAndHalfPredictions() {
    assertEquals(0.25, Metrics.brier(new double[] {0.5, 0.5}, new int[] {0, 1}), 1e-12);
    assertEquals(Math.log(2), Metrics.logLoss(new double[] {0.5, 0.5}, new int[] {0, 1}), 1e-12);
  }

  @Test
  void calibrationBinsCountPredictionsAndObservedRates() {
    List<MetricsJson.CalibrationBin> bins =
        Metrics.calibration(new double[] {0.05, 0.15, 0.12, 0.99}, new int[] {0, 1, 0, 1});
    assertEquals(10, bins.size());
    assertEquals(2L, bins.get(1).count());
    assertEquals(0.5, bins.get(1).observedRate(), 1e-12);
    assertEquals(1L, bins.get(9).count());
    assertTrue(Double.isNaN(bins.get(5).meanPredicted()), "an empty bin has no mean");
  }
}
