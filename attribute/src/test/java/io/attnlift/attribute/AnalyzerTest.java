package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.StageConfig;
import io.attnlift.common.Tokens;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.json.InsightsJson.Insight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

  private static AttributeOptions options(int minStoreSupport) {
    return StageConfig.override(AttributeOptions.defaults(), Map.of("bootstrap", 40,
        "minStoreSupport", minStoreSupport, "seed", 9, "writeBack", "none"));
  }

  private static FaithfulnessJson occlusionBest() {
    return TrainFixture.faithfulness(TrainFixture.occlusionBest());
  }

  private static TrainInputs inputs(List<ScoredEvent> events) {
    return inputs(ScoredRun.of(events), null);
  }

  @Test
  void storesBelowTheMinimumSupportGetNoRow() {
    List<ScoredEvent> e = new ArrayList<>();
    // store a: 3 events, store b: 2 events, over one converted and one non-converted session
    e.add(Attr.share("c", 1, 3, 0, "m_card_click", "click", "a", 0.5));
    e.add(Attr.share("c", 1, 3, 1, "m_card_click", "click", "b", 0.3));
    e.add(Attr.share("c", 1, 3, 2, "tab_switch", "navigation", null, 0.2));
    e.add(Attr.share("n", 0, 3, 0, "m_card_click", "click", "a", 0.4));
    e.add(Attr.share("n", 0, 3, 1, "store_impression", "impression", "a", 0.4));
    e.add(Attr.share("n", 0, 3, 2, "store_impression", "impression", "b", 0.2));
    Analysis a = new Analyzer(options(3)).analyze(inputs(e));
    assertEquals(List.of("a"), List.copyOf(a.storesAll().keySet()));
    assertEquals(List.of(), List.copyOf(a.storesEngaged().keySet()),
        "a has 2 engagement events, below 3");
    Analysis lower = new Analyzer(options(2)).analyze(inputs(e));
    assertEquals(List.of("a", "b"), List.copyOf(lower.storesAll().keySet()));
    assertEquals(List.of("a"), List.copyOf(lower.storesEngaged().keySet()));
  }

  @Test
  void noInsightWhereConvertedAndNonConvertedSessionsLookAlike() {
    List<ScoredEvent> e = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      int label = s % 2;
      e.add(Attr.share("s" + s, label, 2, 0, "core_search", "search", null, 0.7));
      e.add(Attr.share("s" + s, label, 2, 1, "m_card_click", "click", "a", 0.3));
    }
    Analysis a = new Analyzer(options(1)).analyze(inputs(e));
    assertEquals(List.of(), Insights.of(a, 5, 12, support(1, 1)));
  }

  @Test
  void insightsNameOnlyTheEventWhoseIntervalExcludesNoEffect() {
    List<ScoredEvent> e = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      int label = s % 3 == 0 ? 1 : 0;
      double searchScore = label == 1 ? 0.6 : 0.2;
      e.add(Attr.share("s" + s, label, 3, 0, "tab_switch", "navigation", null, 0.2));
      if (s % 6 == 0 || (label == 0 && s % 5 == 1)) {
        e.add(Attr.share("s" + s, label, 3, 1, "core_search", "search", null, searchScore));
      }
      e.add(Attr.share("s" + s, label, 3, 2, "store_impression", "impression", "a", 0.2));
    }
    Analysis a = new Analyzer(options(1)).analyze(inputs(e));
    List<Insight> insights = Insights.of(a, 5, 12, support(1, 1));
    assertTrue(insights.stream().anyMatch(i -> i.text().startsWith("Sessions with core_search")
        && i.ciLow() > 1), insights.toString());
    assertTrue(insights.stream().noneMatch(i -> i.metric().contains("tab_switch")
        || i.metric().contains("impression")), insights.toString());
    assertTrue(insights.stream().allMatch(i -> i.ciLow() > 0 || i.ciHigh() < 0),
        insights.toString());
  }

  @Test
  void anInsightNeedsTheMinimumSupportWithAndWithoutTheValue() {
    // core_search: 18 sessions with it (10 converted), 42 without (10 converted); browse is in
    // exactly the 42 sessions without core_search, so its sides are the other way round
    List<ScoredEvent> e = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      int label = s % 3 == 0 ? 1 : 0;
      e.add(Attr.share("s" + s, label, 3, 0, "tab_switch", "navigation", null, 0.2));
      if (s % 6 == 0 || (label == 0 && s % 5 == 1)) {
        e.add(Attr.share("s" + s, label, 3, 1, "core_search", "search", null,
            label == 1 ? 0.6 : 0.2));
      } else {
        e.add(Attr.share("s" + s, label, 3, 1, "browse", "page_load", null, 0.2));
      }
      e.add(Attr.share("s" + s, label, 3, 2, "store_impression", "impression", "a", 0.2));
    }
    Analysis a = new Analyzer(options(1)).analyze(inputs(e));
    assertTrue(named(a, "core_search", 18, 10), "18 sessions with it, 10 converted: enough");
    assertTrue(!named(a, "core_search", 19, 10), "fewer sessions with it than the minimum");
    assertTrue(!named(a, "core_search", 18, 11), "fewer converted sessions than the minimum");
    assertTrue(named(a, "browse", 18, 10), "42 sessions with it, 18 without: enough");
    assertTrue(!named(a, "browse", 19, 10), "fewer sessions without it than the minimum");
  }

  /** A claims' rule with this minimum support and nothing blocked. */
  private static RemovalClaims.Rule support(int sessions, int converted) {
    return new RemovalClaims.Rule(sessions, converted, 0.05, 0, null);
  }

  /** Whether a data-lift insight names the event under this minimum support. */
  private static boolean named(Analysis a, String event, int sessions, int converted) {
    return Insights.of(a, 5, 12, support(sessions, converted)).stream()
        .anyMatch(i -> i.text().startsWith("Sessions with " + event + " convert"));
  }

  @Test
  void groundTruthCheckRanksDiscoveryFeaturesAgainstThePlantedFeatureContributions() {
    // Every session: one event from each feature; occlusion credits each feature with its planted
    // contribution, gradient x input with the opposite.
    Map<String, Double> planted = new LinkedHashMap<>();
    planted.put("Offers Hub", 0.8);
    planted.put("Carousel", 0.3);
    planted.put("Home Feed", 0.0);
    planted.put(Tokens.NO_FEATURE, -0.3);
    List<ScoredEvent> e = new ArrayList<>();
    for (int s = 0; s < 12; s++) {
      int p = 0;
      for (Map.Entry<String, Double> f : planted.entrySet()) {
        double c = f.getValue();
        e.add(new ScoredEvent("s" + s, "u" + s, "test", s % 2, 4, p++, "m_card_click", "click",
            f.getKey(), "st" + s, "Store", "Pizza", "Italian", false,
            new double[] {0.25, 0.25, -c, c}));
      }
    }
    GroundTruthJson gt = TrainFixture.truth(List.of(), Map.of("m_card_click", 0.2), Map.of(),
        planted);
    TrainInputs in = inputs(ScoredRun.of(e), gt);
    Map<String, GroundTruthCheckJson.Check> check =
        new Analyzer(options(1)).analyze(in).truthCheck();
    assertEquals(1.0, check.get("occlusion").featureSpearman(), 1e-12);
    assertEquals(4, check.get("occlusion").featureN());
    assertEquals(-1.0, check.get("gradient").featureSpearman(), 1e-12);

    GroundTruthJson older = TrainFixture.truth(List.of(), Map.of("m_card_click", 0.2),
        Map.of(), Map.of());
    GroundTruthCheckJson.Check none = new Analyzer(options(1))
        .analyze(inputs(ScoredRun.of(e), older))
        .truthCheck().get("occlusion");
    assertTrue(Double.isNaN(none.featureSpearman()), "no feature truth, no feature check");
    assertEquals(0, none.featureN());
  }

  private static TrainInputs inputs(ScoredRun run, GroundTruthJson truth) {
    return new TrainInputs(Path.of("t"), run, occlusionBest(),
        io.attnlift.common.json.Samples.metrics(0.7), List.of(), truth, null, null);
  }
}
