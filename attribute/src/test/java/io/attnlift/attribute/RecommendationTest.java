package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecommendationTest {

  private static Faithfulness drops(double att, double roll, double grad, double occ,
      double random) {
    Map<String, Map<Integer, Double>> d = new LinkedHashMap<>();
    d.put("attention", perK(att));
    d.put("rollout", perK(roll));
    d.put("gradient_x_input", perK(grad));
    d.put("occlusion", perK(occ));
    d.put("random", perK(random));
    return new Faithfulness(d);
  }

  private static Map<Integer, Double> perK(double v) {
    Map<Integer, Double> m = new TreeMap<>();
    m.put(1, v);
    m.put(3, 2 * v);
    m.put(5, 3 * v);
    return m;
  }

  @Test
  void marginIsTheMeanDropAboveRandomOverK() {
    Faithfulness f = drops(0.02, 0, 0, 0, 0.01);
    assertEquals(0.02, f.marginOverRandom(Method.ATTENTION), 1e-12);
  }

  @Test
  void largestMarginWins() {
    Recommendation r = Recommendation.choose(drops(0.05, 0.02, 0.03, 0.04, 0.01), null);
    assertEquals(Method.ATTENTION, r.method());
    assertTrue(r.reason().startsWith("attention removes the most"), r.reason());
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
    assertTrue(r.reason().startsWith("no method removed more probability"), r.reason());
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
    Map<String, Map<Integer, Double>> d = new LinkedHashMap<>();
    d.put("rollout", perK(0.03));
    d.put("random", perK(0.01));
    assertEquals(Method.ROLLOUT, Recommendation.choose(new Faithfulness(d), null).method());
  }

  @Test
  void trainStageResultRowsAreReadLikeTheMethodsObject() throws Exception {
    String json = "{\"k\": [1, 3], \"methods\": [\"attention\", \"occlusion\"], \"results\": ["
        + "{\"k\": 1, \"method\": \"attention\", \"mean_drop\": 0.03},"
        + "{\"k\": 3, \"method\": \"attention\", \"mean_drop\": 0.05},"
        + "{\"k\": 1, \"method\": \"occlusion\", \"mean_drop\": 0.02},"
        + "{\"k\": 3, \"method\": \"occlusion\", \"mean_drop\": null},"
        + "{\"k\": 1, \"method\": \"random\", \"mean_drop\": 0.01},"
        + "{\"k\": 3, \"method\": \"random\", \"mean_drop\": 0.02}]}";
    Faithfulness f = Faithfulness.parse(io.attnlift.common.Json.MAPPER.readTree(json),
        java.nio.file.Path.of("faithfulness.json"));
    assertEquals(0.025, f.marginOverRandom(Method.ATTENTION), 1e-12);
    assertEquals(0.01, f.marginOverRandom(Method.OCCLUSION), 1e-12);
    assertTrue(Double.isNaN(f.marginOverRandom(Method.ROLLOUT)));
  }
}
