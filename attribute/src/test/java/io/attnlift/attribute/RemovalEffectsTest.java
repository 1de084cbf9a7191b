package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.EventGroups.Level;
import io.attnlift.common.StageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemovalEffectsTest {
  private static RemovalRows.Builder rows() {
    return new RemovalRows.Builder(Path.of("removals"));
  }

  @Test
  void anEffectIsTheMeanDropOverTheSessionsWithTheGroupAndCountsWhatItRestsOn() {
    RemovalRows r = rows()
        .add("s1", "u1", 1, Level.STORE, "a", "all", 2, 0.8, 0.4)
        .add("s2", "u1", 0, Level.STORE, "a", "all", 1, 0.4, 0.2)
        .add("s3", "u2", 0, Level.STORE, "a", "all", 1, 0.3, 0.3)
        .add("s3", "u2", 0, Level.EVENT, "x", "all", 1, 0.3, 0.4)
        .add("s4", "u3", 1, Level.EVENT, "x", "all", 3, 0.6, 0.7)
        .build();
    List<RemovalEffects.Effect> e = RemovalEffects.of(r, 100, 1);
    RemovalEffects.Effect a = e.get(0);
    assertEquals(3, a.sessions());
    assertEquals(1, a.converted());
    assertEquals(2, a.users());
    assertEquals(1, a.sessionsWithout());
    assertEquals(1, a.convertedWithout());
    assertEquals(4, a.occurrences());
    assertEquals(0.5, a.meanProbability(), 1e-12);
    assertEquals(0.3, a.meanWithout(), 1e-12);
    assertEquals(0.2, a.delta().value(), 1e-12);
    assertEquals(0.5 / 0.3, a.ratio().value(), 1e-12);
    assertTrue(a.delta().low() <= 0.2 && 0.2 <= a.delta().high(), a.delta().toString());
    RemovalEffects.Effect x = e.get(1);
    assertEquals(-0.1, x.delta().value(), 1e-12);
    // every session moves by -0.1: the interval over resamples of users is that point
    assertEquals(-0.1, x.delta().low(), 1e-12);
    assertEquals(-0.1, x.delta().high(), 1e-12);
    assertEquals(0.0, x.pValue());
  }

  @Test
  void eachRefitsDeltaIsComparedWithTheKeptModelsAndItsRowsStayOutOfTheEffect() {
    RemovalRows r = rows()
        .add("s1", "u1", 1, Level.EVENT, "x", "all", 1, 0.8, 0.4)
        .add("s2", "u2", 0, Level.EVENT, "x", "all", 1, 0.4, 0.2)
        .add("s2", "u2", 0, Level.STORE, "a", "all", 1, 0.4, 0.3)
        .fit(1)
        .add("s1", "u1", 1, Level.EVENT, "x", "all", 1, 0.7, 0.6)
        .add("s2", "u2", 0, Level.EVENT, "x", "all", 1, 0.3, 0.3)
        .add("s2", "u2", 0, Level.STORE, "a", "all", 1, 0.3, 0.5)
        .fit(2)
        .add("s1", "u1", 1, Level.EVENT, "x", "all", 1, 0.9, 0.5)
        .add("s2", "u2", 0, Level.EVENT, "x", "all", 1, 0.5, 0.3)
        .add("s2", "u2", 0, Level.STORE, "a", "all", 1, 0.5, 0.4)
        .build();
    assertEquals(3, r.rows());
    assertEquals(2, r.refits().size());
    List<RemovalEffects.Effect> e = RemovalEffects.of(r, 50, 1);
    RemovalEffects.Effect x = e.get(0);
    assertEquals(0.3, x.delta().value(), 1e-12);
    assertEquals(2, x.sessions());
    assertEquals(3, x.stability().fits());
    assertEquals(3, x.stability().sameSign());
    assertEquals(0.05, x.stability().min(), 1e-12);
    assertEquals(0.3, x.stability().max(), 1e-12);
    RemovalEffects.Effect a = e.get(1);
    assertEquals(0.1, a.delta().value(), 1e-12);
    assertEquals(3, a.stability().fits());
    assertEquals(2, a.stability().sameSign());
    assertFalse(a.stability().stable());
    assertEquals(-0.2, a.stability().min(), 1e-12);
  }

  @Test
  void aUsersSessionsAreResampledTogether() {
    // u1's two sessions move by +0.4 each, u2's by 0: a resample draws 0, 1 or 2 copies of u1
    RemovalRows r = rows()
        .add("s1", "u1", 1, Level.EVENT, "x", "all", 1, 0.8, 0.4)
        .add("s2", "u1", 1, Level.EVENT, "x", "all", 1, 0.6, 0.2)
        .add("s3", "u2", 0, Level.EVENT, "x", "all", 1, 0.3, 0.3)
        .build();
    Interval d = RemovalEffects.of(r, 400, 3).get(0).delta();
    assertEquals(0.8 / 3, d.value(), 1e-12);
    assertEquals(0.0, d.low(), 1e-12);
    assertEquals(0.4, d.high(), 1e-12);
  }

  @Test
  void thePValueIsTwoSidedFromTheStandardError() {
    assertEquals(0.05, RemovalEffects.pValue(1.959964, 1), 1e-6);
    assertEquals(0.05, RemovalEffects.pValue(-1.959964, 1), 1e-6);
    assertEquals(1.0, RemovalEffects.pValue(0, 0));
    assertTrue(Double.isNaN(RemovalEffects.pValue(0.1, Double.NaN)));
  }

  @Test
  void aProbabilityOutsideZeroOneOrASessionWithTwoUsersIsBadInput() {
    StageException e = assertThrows(StageException.class, () -> rows()
        .add("s1", "u1", 1, Level.EVENT, "x", "all", 1, 1.2, 0.4));
    assertTrue(e.getMessage().contains("session s1 has a bad probability: 1.2"), e.getMessage());
    e = assertThrows(StageException.class, () -> rows()
        .add("s1", "u1", 1, Level.EVENT, "x", "all", 1, 0.5, 0.4)
        .add("s1", "u2", 1, Level.EVENT, "y", "all", 1, 0.5, 0.4));
    assertTrue(e.getMessage().contains("user_id/label"), e.getMessage());
  }

  @Test
  void benjaminiHochbergGivesRsAdjustedPValues() {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02},
        Multiplicity.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
    // R: p.adjust(c(0.01, 0.02, 0.03, 0.5), "BH") = 0.04 0.04 0.04 0.5; NaN is no candidate
    double[] q = Multiplicity.benjaminiHochberg(new double[] {0.01, Double.NaN, 0.02, 0.03, 0.5});
    assertArrayEquals(new double[] {0.04, Double.NaN, 0.04, 0.04, 0.5}, q, 1e-12);
  }

  @Test
  void aNoisyStoreIsPulledToItsTagAndAPreciseOneKeepsItsEstimate() {
    Map<String, Shrinkage.Estimate> stores = new java.util.LinkedHashMap<>();
    stores.put("precise", new Shrinkage.Estimate(0.30, 0.001, "t1"));
    stores.put("noisy", new Shrinkage.Estimate(0.90, 10, "t1"));
    stores.put("other", new Shrinkage.Estimate(0.00, 0.001, "t2"));
    stores.put("other2", new Shrinkage.Estimate(0.02, 0.001, "t2"));
    Map<String, Double> s = Shrinkage.hierarchy(stores, Map.of("t1", "c", "t2", "c"));
    assertEquals(0.30, s.get("precise"), 1e-3);
    assertEquals(0.01, s.get("other"), 0.011);
    // the noisy store ends at its tag's mean, which the precise store dominates
    assertEquals(0.30, s.get("noisy"), 1e-3);
    assertFalse(s.get("noisy") > s.get("precise") + 1e-3);
  }

  @Test
  void withoutSpreadBeyondNoiseEveryStoreIsItsParentsMean() {
    Map<String, Shrinkage.Estimate> stores = Map.of(
        "a", new Shrinkage.Estimate(0.1, 1, "t"), "b", new Shrinkage.Estimate(-0.1, 1, "t"));
    Map<String, Double> s = Shrinkage.hierarchy(stores, Map.of("t", "c"));
    assertEquals(0.0, s.get("a"), 1e-12);
    assertEquals(0.0, s.get("b"), 1e-12);
  }
}
