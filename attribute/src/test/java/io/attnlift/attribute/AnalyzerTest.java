package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

  private static AttributeOptions options(int minStoreSupport) {
    AttributeOptions d = AttributeOptions.defaults();
    return new AttributeOptions(d.variants(), 40, minStoreSupport, 9, "none", d.duckdb(),
        d.warehouseSchema(), "", d.engagementTypes(), 5, 10, 12, "", "", "", "", "");
  }

  private static Faithfulness occlusionBest() {
    Map<String, Map<Integer, Double>> d = new LinkedHashMap<>();
    TrainFixture.occlusionBest().forEach((m, v) -> d.put(m, new TreeMap<>(Map.of(1, v))));
    return new Faithfulness(d);
  }

  private static TrainInputs inputs(List<ScoredEvent> events) {
    return new TrainInputs(Path.of("t"), ScoredRun.of(events), occlusionBest(), 0.7, null);
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
    assertEquals(List.of(), Insights.of(a, 5, 12));
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
    List<Insight> insights = Insights.of(a, 5, 12);
    assertTrue(insights.stream().anyMatch(i -> i.text().startsWith("Sessions with core_search")
        && i.ciLow() > 1), insights.toString());
    assertTrue(insights.stream().noneMatch(i -> i.metric().contains("tab_switch")
        || i.metric().contains("impression")), insights.toString());
    assertTrue(insights.stream().allMatch(i -> i.ciLow() > 0 || i.ciHigh() < 0),
        insights.toString());
  }
}
