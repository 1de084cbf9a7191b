package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.EventGroups;
import io.attnlift.common.EventGroups.Level;
import io.attnlift.common.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemovalClaimsTest {
  private static RemovalEffects.Effect effect(Level level, String key, int sessions,
      int converted, int without, int convertedWithout, double delta, double p) {
    return new RemovalEffects.Effect(new EventGroups.Group(level, key), sessions, converted,
        sessions, without, convertedWithout, sessions, 0.5, 0.5 - delta,
        new Interval(delta, delta - 0.01, delta + 0.01), Interval.point(1), 0.005, p,
        RemovalEffects.Stability.of(delta, new double[0]));
  }

  private static final RemovalClaims.Rule OPEN =
      new RemovalClaims.Rule(30, 10, 0.05, 0.005, null);

  @Test
  void aClaimWhoseSignFlipsInARefitIsNoFinding() {
    RemovalEffects.Effect held = effect(Level.EVENT, "held", 40, 10, 60, 10, 0.1, 0.001);
    RemovalEffects.Effect flips = effect(Level.EVENT, "flips", 40, 10, 60, 10, 0.1, 0.001);
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        withRefits(held, 0.05, 0.2), withRefits(flips, 0.07, -0.01)), Map.of(), OPEN);
    Map<String, String> status = new java.util.HashMap<>();
    c.forEach(x -> status.put(x.group().key(), x.status()));
    assertEquals(RemovalClaims.FINDING, status.get("held"));
    assertEquals(RemovalClaims.UNSTABLE, status.get("flips"));
    RemovalEffects.Stability s = c.stream().filter(x -> x.group().key().equals("flips"))
        .findFirst().orElseThrow().effect().stability();
    assertEquals(3, s.fits());
    assertEquals(2, s.sameSign());
    assertEquals(-0.01, s.min(), 1e-12);
    assertEquals(0.1, s.max(), 1e-12);
  }

  private static RemovalEffects.Effect withRefits(RemovalEffects.Effect e, double... refits) {
    return new RemovalEffects.Effect(e.group(), e.sessions(), e.converted(), e.users(),
        e.sessionsWithout(), e.convertedWithout(), e.occurrences(), e.meanProbability(),
        e.meanWithout(), e.delta(), e.ratio(), e.se(), e.pValue(),
        RemovalEffects.Stability.of(e.delta().value(), refits));
  }

  @Test
  void theGroundTruthCheckCountsFindingsInThePlantedDirection() {
    // the sample world plants +0.05 for store s1 anywhere, nothing for event x
    io.attnlift.common.json.GroundTruthJson truth =
        io.attnlift.common.json.Samples.groundTruth();
    List<RemovalClaims.Claim> right = RemovalClaims.of(List.of(
        effect(Level.STORE, "s1", 40, 10, 60, 10, 0.1, 0.001),
        effect(Level.EVENT, "x", 40, 10, 60, 10, 0.1, 0.001),
        effect(Level.EVENT, "weak", 40, 10, 60, 10, 0.001, 0.9)), Map.of(), OPEN);
    io.attnlift.common.json.GroundTruthCheckJson.RemovalCheck r =
        GroundTruthCheck.removal(truth, right);
    assertEquals(2, r.findings());
    assertEquals(1, r.findingsPlantedDirection());
    assertEquals(1, r.findingsWithoutTruth());
    List<RemovalClaims.Claim> wrong = RemovalClaims.of(List.of(
        effect(Level.STORE, "s1", 40, 10, 60, 10, -0.1, 0.001)), Map.of(), OPEN);
    r = GroundTruthCheck.removal(truth, wrong);
    assertEquals(1, r.findings());
    assertEquals(0, r.findingsPlantedDirection());
  }

  @Test
  void aPositionWindowInEverySessionIsSupportedByItsOwnSessions() {
    // the first 5 events are in all 100 sessions: none without it, yet a within-session claim
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        effect(Level.POSITION, "first_5", 100, 20, 0, 0, -0.02, 0.001),
        effect(Level.POSITION, "last_5", 20, 5, 80, 15, 0.01, 0.001),
        effect(Level.EVENT, "everywhere", 100, 20, 0, 0, 0.1, 0.001)), Map.of(), OPEN);
    Map<String, Boolean> supported = new java.util.HashMap<>();
    c.forEach(x -> supported.put(x.group().key(), x.supported()));
    assertTrue(supported.get("first_5"));
    assertFalse(supported.get("last_5"), "too few sessions with it");
    assertFalse(supported.get("everywhere"), "an event claim compares sessions without it");
  }

  @Test
  void theGroundTruthCheckCorrelatesWindowedGroupsWithTheirPlantedEffects() throws Exception {
    io.attnlift.common.json.GroundTruthJson sample = io.attnlift.common.json.Samples.groundTruth();
    Map<String, Object> m = io.attnlift.common.Json.MAPPER.convertValue(sample,
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
    m.put("removalEffects", List.of(
        Map.of("level", "event", "group", "a", "window", "first_5", "sessions", 50,
            "meanDeltaProbability", 0.2),
        Map.of("level", "event", "group", "b", "window", "first_5", "sessions", 50,
            "meanDeltaProbability", 0.1),
        Map.of("level", "event", "group", "c", "window", "last_5", "sessions", 50,
            "meanDeltaProbability", -0.1)));
    io.attnlift.common.json.GroundTruthJson truth = io.attnlift.common.Json.MAPPER.convertValue(
        m, io.attnlift.common.json.GroundTruthJson.class);
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        windowed("a", "first_5", 0.05), windowed("b", "first_5", 0.03),
        windowed("c", "last_5", -0.01), windowed("d", "last_5", 0.5)), Map.of(), OPEN);
    io.attnlift.common.json.GroundTruthCheckJson.Level w =
        GroundTruthCheck.removal(truth, c).windowed();
    assertEquals(3, w.n(), "d has no planted effect");
    assertEquals(1.0, w.spearman(), 1e-12);
  }

  private static RemovalEffects.Effect windowed(String key, String window, double delta) {
    RemovalEffects.Effect e = effect(Level.EVENT, key, 40, 10, 60, 10, delta, 0.001);
    return new RemovalEffects.Effect(new EventGroups.Group(Level.EVENT, key, window),
        e.sessions(), e.converted(), e.users(), e.sessionsWithout(), e.convertedWithout(),
        e.occurrences(), e.meanProbability(), e.meanWithout(), e.delta(), e.ratio(), e.se(),
        e.pValue(), e.stability());
  }

  @Test
  void aFindingsIntervalLiesBeyondTheMinimumEffect() {
    // +0.004 [+0.003, +0.005]: significant, but a few thousandths (pooling shifts neutral events)
    RemovalEffects.Effect small = new RemovalEffects.Effect(
        new EventGroups.Group(Level.EVENT, "small"), 40, 10, 40, 60, 10, 40, 0.5, 0.496,
        new Interval(0.004, 0.003, 0.005), Interval.point(1), 0.0005, 0.0001,
        RemovalEffects.Stability.of(0.004, new double[0]));
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(small,
        effect(Level.EVENT, "big", 40, 10, 60, 10, -0.1, 0.001)), Map.of(), OPEN);
    Map<String, String> status = new java.util.HashMap<>();
    c.forEach(x -> status.put(x.group().key(), x.status()));
    assertEquals(RemovalClaims.TOO_SMALL, status.get("small"));
    assertEquals(RemovalClaims.FINDING, status.get("big"));
  }

  @Test
  void aClaimNeedsSupportOnBothSides() {
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        effect(Level.EVENT, "ok", 40, 10, 60, 10, 0.1, 0.001),
        effect(Level.EVENT, "few_with", 29, 10, 71, 10, 0.1, 0.001),
        effect(Level.EVENT, "few_converted_without", 90, 15, 30, 9, 0.1, 0.001)),
        Map.of(), OPEN);
    Map<String, RemovalClaims.Claim> by = new java.util.HashMap<>();
    c.forEach(x -> by.put(x.group().key(), x));
    assertEquals(RemovalClaims.FINDING, by.get("ok").status());
    assertEquals(RemovalClaims.NO_SUPPORT, by.get("few_with").status());
    assertEquals(RemovalClaims.NO_SUPPORT, by.get("few_converted_without").status());
    assertTrue(Double.isNaN(by.get("few_with").qValue()), "unsupported: no BH candidate");
    assertEquals(0.001, by.get("ok").qValue(), 1e-12);
  }

  @Test
  void benjaminiHochbergRunsOverEverySupportedCandidate() {
    // p = 0.01, 0.04: q = 0.02, 0.04; at rate 0.03 only the first is a finding
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        effect(Level.EVENT, "a", 40, 10, 60, 10, 0.2, 0.01),
        effect(Level.STORE, "b", 40, 10, 60, 10, 0.1, 0.04)), Map.of(),
        new RemovalClaims.Rule(30, 10, 0.03, 0.005, null));
    assertEquals(0.02, c.get(0).qValue(), 1e-12);
    assertEquals(0.04, c.get(1).qValue(), 1e-12);
    assertTrue(c.get(0).finding());
    assertEquals(RemovalClaims.NOT_SIGNIFICANT, c.get(1).status());
  }

  @Test
  void nothingIsAFindingWhenTheModelIsNotEstablished() {
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        effect(Level.EVENT, "a", 40, 10, 60, 10, 0.2, 0.0001)), Map.of(),
        new RemovalClaims.Rule(30, 10, 0.05, 0.005, RemovalClaims.NOT_ESTABLISHED));
    assertFalse(c.get(0).finding());
    assertEquals(RemovalClaims.NOT_ESTABLISHED, c.get(0).status());
  }

  @Test
  void aStoreShowsItsNameAndItsShrunkEffect() {
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(
        effect(Level.STORE, "s1", 40, 10, 60, 10, 0.2, 0.001)),
        Map.of("s1", new StoreInfo("<b>Curry</b>", "t", "c", false)), OPEN);
    assertEquals("<b>Curry</b>", c.get(0).name());
    assertEquals(0.2, c.get(0).shrunk(), 1e-12);
  }

  @Test
  void aMethodThatRanksValuesAgainstTheirRemovalEffectsIsNotRecommended() {
    List<RemovalEffects.Effect> effects = List.of(
        effect(Level.EVENT, "a", 40, 10, 60, 10, 0.3, 0.001),
        effect(Level.EVENT, "b", 40, 10, 60, 10, 0.2, 0.001),
        effect(Level.EVENT, "c", 40, 10, 60, 10, 0.1, 0.001));
    Map<String, Lift> lifts = new java.util.LinkedHashMap<>();
    lifts.put("a", lift("a", 1, 3));
    lifts.put("b", lift("b", 2, 2));
    lifts.put("c", lift("c", 3, 1));
    Map<Method, Map<String, Ranks.Spearman>> f = ClaimFaithfulness.of(
        Map.of(Level.EVENT, lifts), effects, OPEN);
    // attention's lift ranks c first, occlusion's mean ranks a first
    assertEquals(-1.0, f.get(Method.ATTENTION).get("event").value(), 1e-12);
    assertEquals(1.0, f.get(Method.OCCLUSION).get("event").value(), 1e-12);
    assertTrue(Double.isNaN(f.get(Method.OCCLUSION).get("store").value()));
    Map<Method, Double> means = new java.util.EnumMap<>(Method.class);
    f.forEach((m, byLevel) -> means.put(m, ClaimFaithfulness.mean(byLevel)));
    // attention has the largest deletion margin but disagrees with the removal effects
    Recommendation r = Recommendation.choose(TrainFixture.faithfulness(Map.of("attention", 0.09,
        "rollout", 0.01, "gradient_x_input", 0.01, "occlusion", 0.05, "random", 0.02)), null,
        means);
    assertEquals(Method.OCCLUSION, r.method());
    assertTrue(r.reason().contains("agree with the removal effects (mean Spearman 1.00"),
        r.reason());
  }

  @Test
  void anInsightStatesTheDataAndTheModelsRatioAndOnlyFindingsBecomeInsights() {
    RemovalEffects.Effect e = new RemovalEffects.Effect(
        new EventGroups.Group(Level.STORE, "s1", "first_5"), 40, 20, 35, 160, 20, 52, 0.5, 0.4,
        new Interval(0.1, 0.05, 0.15), new Interval(1.25, 1.1, 1.4), 0.02, 0.0001,
        RemovalEffects.Stability.of(0.1, new double[] {0.08, 0.12}));
    List<RemovalClaims.Claim> c = RemovalClaims.of(List.of(e,
        effect(Level.EVENT, "weak", 40, 10, 60, 10, 0.001, 0.9),
        effect(Level.POSITION, "first_5", 40, 10, 60, 10, 0.2, 0.0001)),
        Map.of("s1", new StoreInfo("Curry", "t", "c", false)), OPEN);
    assertEquals(2, RemovalInsights.candidates(c).size(), "positions are no insight candidates");
    List<io.attnlift.common.json.InsightsJson.Finding> f = RemovalInsights.findings(c, 12);
    assertEquals(1, f.size());
    assertEquals("Sessions with an event of store Curry in the first 5 events convert 4.00x as"
        + " often as those without (50.0% against 12.5%); the model's counterfactual: without it"
        + " the predicted probability is 0.80x as high (95% CI 0.71 to 0.91), so the model says"
        + " it raises conversion, on 40 sessions (20 converted, 35 users), q = 0.000150.",
        f.get(0).text());
    assertEquals(4.0, f.get(0).dataRatio(), 1e-12);
    assertEquals(1.25, f.get(0).modelRatio(), 1e-12);
  }

  /** A lift whose attention lift is {@code attention} and occlusion mean {@code occlusion}. */
  private static Lift lift(String key, double attention, double occlusion) {
    Interval[] lift = new Interval[ScoredRun.MEASURES];
    Interval[] mean = new Interval[ScoredRun.MEASURES];
    java.util.Arrays.fill(lift, Interval.point(0));
    java.util.Arrays.fill(mean, Interval.point(0));
    lift[Method.ATTENTION.ordinal()] = Interval.point(attention);
    lift[Method.ROLLOUT.ordinal()] = Interval.point(attention);
    mean[Method.OCCLUSION.ordinal()] = Interval.point(occlusion);
    mean[Method.GRADIENT_X_INPUT.ordinal()] = Interval.point(occlusion);
    return new Lift(key, 1, 1, 1, 1, 0.5, 0.5, Interval.NONE, new double[ScoredRun.MEASURES],
        new double[ScoredRun.MEASURES], lift, mean, Interval.NONE,
        new double[ScoredRun.MEASURES]);
  }
}
