package io.attnlift.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  private static Map<String, Object> e2e(int users, double wall) {
    return Map.of("kind", "e2e", "world", "default", "users", users, "exit_code", 0,
        "wall_seconds", wall, "peak_tree_rss_mb", 900.0,
        "quality", Map.of("no-funnel", Map.of("model_auc", 0.7, "bayes_auc", 0.8,
            "ground_truth_check", Map.of("methods",
                Map.of("occlusion", Map.of("spearman", 0.9, "feature_spearman", 0.8,
                    "hero_recall", 0.5))))));
  }

  @Test
  void rendersTheHeadlineRatioGrowthQualityAndStageLeaves() {
    Map<String, Map<String, Object>> files = Map.of(
        "machine", Map.of("cores", 2, "git_commit", "abc"),
        "train", Map.of(
            "no_funnel", Map.of("train_sequences_per_second", 300.0),
            "no_funnel_unbucketed", Map.of("train_sequences_per_second", 150.0),
            "runs", List.of(1, 2)),
        "preprocess", Map.of("results", List.of(
            Map.of("runner", "plain-java", "events", 1000, "wall_seconds", 2.0,
                "cpu_seconds", 2.0),
            Map.of("runner", "FlinkRunner", "events", 1000, "wall_seconds", 8.0,
                "cpu_seconds", 10.0))),
        "e2e-default-1000", e2e(1000, 60.0),
        "e2e-default-10000", e2e(10000, 300.0));
    String md = new ResultsTable(files).render();
    assertTrue(md.contains("commit `abc` on 2 cores"), md);
    assertTrue(md.contains("| training sequences/s, length-bucketed ÷ padded (seed preset, batch"
        + " 64) | 2 |"), md);
    assertTrue(md.contains("| preprocess: FlinkRunner ÷ plain Java pass, events/s (wall), 1000"
        + " events | 0.250 | preprocess.json |"), md);
    assertTrue(md.contains("events per CPU second, 1000 events | 0.200 |"), md);
    // growth: 10x the users, 5x the wall time, 30 s per 1k users
    assertTrue(md.contains("| default | 10000 | 300 | 30 | 10 | 5 | 900 |"), md);
    assertTrue(md.contains("| default | 1000 | no-funnel | — | 0.700 | — | 0.800 |"), md);
    assertTrue(
        md.contains("| default | 1000 | no-funnel | occlusion | 0.900 | 0.800 | — | 0.500 | — |"),
        md);
    assertTrue(md.contains("| runs | [1, 2] |"), md);
  }
}
