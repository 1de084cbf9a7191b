package io.attnlift.common.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.attnlift.common.Manifest;
import io.attnlift.common.Method;
import io.attnlift.common.Vocabulary;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One small, complete value of every JSON contract, for contract tests and fixtures. */
public final class Samples {
  private Samples() {}

  /** A sample value of a contract. */
  public static Object of(JsonContract<?> c) {
    return switch (c.id()) {
      case "manifest" -> manifest();
      case "ground_truth" -> groundTruth();
      case "extract_stats" -> extractStats();
      case "vocabulary" -> new Vocabulary(Map.of("event", List.of("<pad>", "<oov>", "click")), 5);
      case "preprocess_stats" -> preprocessStats();
      case "metrics" -> metrics(0.81);
      case "faithfulness" -> faithfulness();
      case "train_stats" -> new TrainStats("cpu", 0.8, 0.81, 3, 2, 12.5, 800, 4000, 60, 20, 20,
          20, 300, 1.5, 0.1);
      case "insights" -> new InsightsJson(List.of(
          new InsightsJson.Insight("Sessions with a click convert 2x", "early_click", 2.0, 1.5,
              2.5)), List.of(new InsightsJson.Finding(
          "Sessions with store A in the first 5 events convert 2.1x as often", "store", "s1",
          "first_5", 2.1, 1.4, 1.2, 1.6, 80, 30, 70, 0.01)), 40, "");
      case "baselines" -> new BaselinesJson(new BaselinesJson.Logreg(auc(0.7),
          List.of(new double[] {0, 0}, new double[] {1, 1}), "val", "test", "counts", 0.81),
          Map.of("click", 0.1), Map.of("m_card_click", 0.4));
      case "audit" -> new AuditJson("no-funnel", auc(0.7), auc(0.66),
          new AucDifference(0.04, 0.01, 0.07), auc(0.69), audit(0.7).statistics(),
          List.of(new AuditJson.Limit("events_only", "the best from the session", auc(0.72),
              new AucDifference(-0.02, -0.04, 0.0))),
          new AuditJson.Verdict(true, true, false, false, List.of(), AuditJson.Verdict.NONE,
              "no leak found"));
      case "recommendation" -> new RecommendationJson(Method.OCCLUSION, "it removes the most",
          "the rule", Map.of("occlusion", 0.03, "attention", Double.NaN),
          Map.of("occlusion", 0.7), Map.of("occlusion", Map.of("event", 0.8, "store", 0.6)));
      case "ground_truth_check" -> new GroundTruthCheckJson("default", 10, List.of("s1"),
          "occlusion", Map.of("occlusion", new GroundTruthCheckJson.Check(0.8, 0.7, 0.8, 12,
              0.5, 0.4, 0.6, 0.9, 4)), new GroundTruthCheckJson.RemovalCheck(
              Map.of("event", new GroundTruthCheckJson.Level(0.9, 7)), 1, 1.0, 3, 1, 2, 2, 0,
              new GroundTruthCheckJson.Level(0.8, 5)));
      case "attribute_stats" -> new AttributeStats(100, 20, 2000, Method.OCCLUSION, 5, 30, 25,
          0.7, "duckdb", Map.of("occlusion", 0.8));
      case "summary" -> new SummaryJson("r1", new ExtractStats.Window("2026-11-01",
          "2026-11-29"), 50, 120, 2400, 0.2, Map.of("no-funnel",
          new SummaryJson.VariantSummary("honest model", 0.8, auc(0.81), auc(0.7), auc(0.8),
              audit(0.81).statistics(), List.of(), "none", true, 0, List.of(),
              "Honest model: no leak")), "Honest model: no leak", auc(0.7), 0.1,
          Method.OCCLUSION, "");
      case "report_stats" -> new ReportStats(List.of("no-funnel"), "", 1234);
      default -> throw new IllegalArgumentException("no sample of contract " + c.id());
    };
  }

  /** An AUC with an interval. */
  public static Auc auc(double value) {
    return new Auc(value, value - 0.05, value + 0.04, 40, 10, 25);
  }

  public static Manifest manifest() {
    return new Manifest("5c1a", "train", "no-funnel", "r1", "dev", "2026-11-30T10:00:00Z",
        "2026-11-30T10:01:00Z", 60.0, List.of(new Manifest.Input("preprocess", "no-funnel", "r1",
            "9e2b", "2026-11-30T09:59:00Z", "runs/r1/preprocess/no-funnel")),
        List.of(Manifest.Output.json("metrics.json", MetricsJson.CONTRACT)),
        Map.of("preset", "baby"), JsonNodeFactory.instance.objectNode());
  }

  public static GroundTruthJson groundTruth() {
    return new GroundTruthJson("default", "a world", 42, 100, 250, 5000, "2026-11-29", -2.1,
        0.5, 0.2, 0.9, 0.8, List.of(new GroundTruthJson.Driver("early_store_click",
            "a click early", 0.7, 0.3, 0.3, 0.15)), List.of("s1"), "log-odds",
        Map.of("m_card_click", 0.2), Map.of("s1", 0.5), Map.of("Home Feed", 0.1),
        Map.of("m_card_click", 900L), "probability", List.of(new GroundTruthJson.RemovalEffect(
            "store", "s1", "all", 40, 0.05)));
  }

  public static ExtractStats extractStats() {
    return new ExtractStats(new ExtractStats.Source("duckdb", "data/x.duckdb", "EVENTS", "", "",
        "", "", ""), new ExtractStats.Window("2026-11-01", "2026-11-29"), 42, 50, 60, 50, 2400,
        120, 3, 3000, 2800, Map.of("null_user_id", 2L), 2);
  }

  public static PreprocessStats preprocessStats() {
    PreprocessStats.Split s = new PreprocessStats.Split(40, 8, 0.2, 800);
    return new PreprocessStats(2400, 120, 3, 10, 120, new PreprocessStats.Splits(s, s, s), 128,
        1, List.of(new PreprocessStats.LengthBucket("5-8", 30)),
        new PreprocessStats.Drops(0, 0), "all events", Map.of("event", 40));
  }

  /** A metrics.json with the given test AUC. */
  public static MetricsJson metrics(double testAuc) {
    MetricsJson.SplitMetrics split = new MetricsJson.SplitMetrics(auc(testAuc), 0.5, 0.17,
        List.of(new MetricsJson.CalibrationBin(0, 0.1, 5, 0.05, Double.NaN)));
    return new MetricsJson(split, split, 0.9,
        new MetricsJson.Fit(List.of(new MetricsJson.Epoch(1, 0.6, 0.8, 0.5, 10, 900)), 1, 1),
        new MetricsJson.Speed(10, 900, 4000, 19, 470, 2000, 1.5, 2),
        new MetricsJson.Setup("baby", "cpu", 64, true, 60, 0.2, 60), audit(testAuc),
        List.of(new MetricsJson.Refit(1, 43, 1, 0.79, auc(testAuc - 0.01), 9.5, 2.5)));
  }

  /** An audit whose time-neutralised AUC is the model's and whose statistics say little. */
  public static MetricsJson.Audit audit(double testAuc) {
    return new MetricsJson.Audit(auc(testAuc), 1.8, List.of(
        new MetricsJson.Statistic("length", "events", "higher", auc(0.55),
            new AucDifference(testAuc - 0.55, testAuc - 0.6, testAuc - 0.5)),
        new MetricsJson.Statistic("largest_gap", "seconds", "lower", auc(0.52),
            new AucDifference(testAuc - 0.52, testAuc - 0.57, testAuc - 0.47))));
  }

  public static FaithfulnessJson faithfulness() {
    Map<String, Double> drops = new LinkedHashMap<>();
    drops.put("occlusion", 0.05);
    drops.put("random", 0.01);
    List<FaithfulnessJson.Result> rows = drops.entrySet().stream().map(e ->
        new FaithfulnessJson.Result(1, e.getKey(), 20, e.getValue(), 0.01, e.getValue() - 0.01))
        .toList();
    return new FaithfulnessJson("test", 20, List.of(1), List.of("occlusion"), "the test", rows,
        rows, List.of(new FaithfulnessJson.Aopc("occlusion", 0.05, 0.05, 0.04, 0.04),
            new FaithfulnessJson.Aopc("random", 0.01, 0.01, 0, 0)));
  }
}
