package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
  private static final double EPS = 1e-12;

  @Test
  void percentileIntervalInterpolatesBetweenOrderStatistics() {
    double[] v = new double[41];
    for (int i = 0; i < v.length; i++) {
      v[40 - i] = i + 1;
    }
    Interval i = Interval.of(20, v);
    assertEquals(2.0, i.low(), EPS);
    assertEquals(40.0, i.high(), EPS);
  }

  @Test
  void intervalIsUndefinedWhenMostResamplesAre() {
    Interval i = Interval.of(1.0, new double[] {1, Double.NaN, Double.NaN, Double.NaN});
    assertEquals(1.0, i.value());
    assertTrue(Double.isNaN(i.low()));
    assertFalse(i.excludes(0));
  }

  @Test
  void positionsFallIntoTheirBuckets() {
    int[] positions = {1, 5, 6, 10, 11, 20, 21, 50, 51, 400};
    int[] buckets = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4};
    for (int k = 0; k < positions.length; k++) {
      assertEquals(buckets[k], OtherTables.bucket(positions[k]), "position " + positions[k]);
    }
    assertEquals("51+", OtherTables.BUCKETS[4]);
  }

  @Test
  void rocAucCountsOrderedPairsAndHalvesTies() {
    Roc.Curve c = Roc.of(new double[] {0.9, 0.8, 0.7, 0.6}, new int[] {1, 0, 1, 0});
    assertEquals(0.75, c.auc(), EPS);
    assertEquals(0.5, Roc.of(new double[] {0.5, 0.5}, new int[] {1, 0}).auc(), EPS);
    assertNull(Roc.of(new double[] {0.5, 0.4}, new int[] {1, 1}));
    double[] last = c.points().get(c.points().size() - 1);
    assertEquals(1.0, last[0], EPS);
    assertEquals(1.0, last[1], EPS);
  }

  @Test
  void spearmanUsesOnlyKeysScoredByBoth() {
    Map<String, Double> a = new LinkedHashMap<>();
    Map<String, Double> b = new LinkedHashMap<>();
    a.put("x", 1.0);
    a.put("y", 2.0);
    a.put("z", 3.0);
    a.put("w", Double.NaN);
    b.put("x", 10.0);
    b.put("y", 30.0);
    b.put("z", 20.0);
    b.put("w", 40.0);
    Ranks.Spearman s = Ranks.spearman(a, b);
    assertEquals(3, s.n());
    assertEquals(0.5, s.value(), EPS);
  }

  @Test
  void heroRecallCountsHeroesAmongTheTopK() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("a", 0.9);
    scores.put("h1", 0.8);
    scores.put("b", 0.7);
    scores.put("h2", 0.1);
    assertEquals(0.5, GroundTruthCheck.recall(scores, List.of("h1", "h2"), 2), EPS);
    assertEquals(1.0, GroundTruthCheck.recall(scores, List.of("h1", "h2"), 4), EPS);
    assertTrue(Double.isNaN(GroundTruthCheck.recall(scores, List.of(), 4)));
  }

  @Test
  void csvCellsQuoteCommasQuotesAndLineBreaks() {
    assertEquals("\"Joe's, \"\"Best\"\" Pizza\"", TableFiles.cell("Joe's, \"Best\" Pizza"));
    assertEquals("plain", TableFiles.cell("plain"));
    assertEquals("", TableFiles.cell(null));
    assertEquals("0.25", TableFiles.cell(0.25));
    assertEquals("0.0001", TableFiles.cell(1e-4));
    assertEquals("3", TableFiles.cell(3L));
  }

  @Test
  void lastTouchIsTheShareOfConvertedSessionsEndingWithTheValue() {
    ScoredRun run = ScoredRun.of(List.of(
        Attr.event("c1", 1, 2, 1, "B", "search", null, 0.5),
        Attr.event("c1", 1, 2, 0, "A", "click", null, 0.5),
        Attr.event("c2", 1, 1, 0, "A", "click", null, 1.0),
        Attr.event("c3", 1, 2, 0, "B", "search", null, 0.5),
        Attr.event("c3", 1, 2, 1, "A", "click", null, 0.5),
        Attr.event("n1", 0, 1, 0, "B", "search", null, 1.0)));
    Map<String, Double> shares = GroupResult.lastTouch(run, i -> run.event(i).event());
    assertEquals(2.0 / 3, shares.get("A"), EPS);
    assertEquals(1.0 / 3, shares.get("B"), EPS);
  }
}
