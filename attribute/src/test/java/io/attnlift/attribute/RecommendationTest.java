package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Method;
import io.attnlift.common.json.FaithfulnessJson;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendationTest {

  private static FaithfulnessJson drops(double att, double roll, double grad, double occ,
      double random) {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("attention", att);
    d.put("rollout", roll);
    d.put("gradient_x_input", grad);
    d.put("occlusion", occ);
    d.put("random", random);
    return TrainFixture.faithfulness(d);
  }

  @Test
  void marginIsTheMeanDropAboveRandomOverK() {
    FaithfulnessJson f = drops(0.02, 0, 0, 0, 0.01);
    assertEquals(0.02, f.marginOverRandom(Method.ATTENTION.id()), 1e-12);
  }

  @Test
  void largestMarginWins() {
    Recommendation r = Recommendation.choose(drops(0.05, 0.02, 0.03, 0.04, 0.01), null);
    assertEquals(Method.ATTENTION, r.method());
    assertTrue(r.reason().startsWith("attention moves the predicted probability most"),
        r.reason());
  }

  @Test
  void aMethodWhoseTopEventsKeptAloneDoNoBetterThanRandomIsNotEligible() {
    Map<String, Double> drops = new LinkedHashMap<>(Map.of("attention", 0.05, "rollout", 0.02,
        "gradient_x_input", 0.03, "occlusion", 0.04, "random", 0.01));
    Map<String, Double> rises = new LinkedHashMap<>(drops);
    rises.put("attention", 0.005);
    Recommendation r = Recommendation.choose(TrainFixture.faithfulness(drops, rises), null);
    assertEquals(Method.OCCLUSION, r.method(), r.reason());
    assertTrue(Double.isFinite(r.margins().get("attention")));
  }

  @Test
  void tiesGoToOcclusionFirst() {
    assertEquals(Method.OCCLUSION,
        Recommendation.choose(drops(0.05, 0.05, 0.05, 0.05, 0.01), null).method());
    assertEquals(Method.GRADIENT_X_INPUT,
        Recommendation.choose(drops(0.05, 0.05, 0.05, 0.01, 0.01), null).method());
  }

  @Test
  void noMethodAboveRandomFallsBackToOcclusionAndSaysSo() {
    Recommendation r = Recommendation.choose(drops(0.01, 0.01, 0.005, 0.0, 0.01), null);
    assertEquals(Method.OCCLUSION, r.method());
    assertTrue(r.reason().startsWith("no method moved the probability more than random"), r.reason());
  }

  @Test
  void groundTruthExcludesAMethodThatRanksEventsAgainstIt() {
    Map<Method, Double> truth = new EnumMap<>(Method.class);
    truth.put(Method.ATTENTION, -0.2);
    truth.put(Method.ROLLOUT, 0.1);
    truth.put(Method.GRADIENT_X_INPUT, 0.4);
    truth.put(Method.OCCLUSION, 0.6);
    Recommendation r = Recommendation.choose(drops(0.05, 0.02, 0.03, 0.04, 0.01), truth);
    assertEquals(Method.OCCLUSION, r.method());
    assertTrue(r.reason().contains("Spearman 0.60"), r.reason());
  }

  @Test
  void methodMissingFromTheTestIsNotEligible() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("rollout", 0.03);
    d.put("random", 0.01);
    assertEquals(Method.ROLLOUT,
        Recommendation.choose(TrainFixture.faithfulness(d), null).method());
  }

  @Test
  void anUndefinedDropIsLeftOutOfTheMargin() {
    List<FaithfulnessJson.Result> rows = List.of(
        new FaithfulnessJson.Result(1, "attention", 9, 0.03, 0, 0),
        new FaithfulnessJson.Result(3, "attention", 9, 0.05, 0, 0),
        new FaithfulnessJson.Result(1, "occlusion", 9, 0.02, 0, 0),
        new FaithfulnessJson.Result(3, "occlusion", 0, Double.NaN, 0, 0),
        new FaithfulnessJson.Result(1, "random", 9, 0.01, 0, 0),
        new FaithfulnessJson.Result(3, "random", 9, 0.02, 0, 0));
    FaithfulnessJson f = new FaithfulnessJson("test", 9, List.of(1, 3),
        List.of("attention", "occlusion"), "", rows, rows, List.of());

    assertEquals(0.025, f.marginOverRandom("attention"), 1e-12);
    assertEquals(0.01, f.marginOverRandom("occlusion"), 1e-12);
    assertTrue(Double.isNaN(f.marginOverRandom("rollout")));
    assertEquals(0.01, f.insertionMarginOverRandom("occlusion"), 1e-12);
  }
}
