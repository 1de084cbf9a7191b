package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Variant;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.Samples;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeakageAuditTest {
  private static final int N = 600;

  /** Test sessions whose events-only limit knows the label a little. */
  private record World(int[] y, double[] limit, String[] users) {}

  private static World world() {
    SplittableRandom r = new SplittableRandom(3);
    int[] y = new int[N];
    double[] limit = new double[N];
    String[] users = new String[N];
    for (int i = 0; i < N; i++) {
      y[i] = r.nextDouble() < 0.25 ? 1 : 0;
      limit[i] = 1 / (1 + Math.exp(-(0.8 * y[i] + r.nextGaussian())));
      users[i] = "u" + i / 2;
    }
    return new World(y, limit, users);
  }

  /**
   * The audit of a model scoring {@code p}, with one trivial statistic the model beats by
   * {@code margin} [margin - 0.03, margin + 0.03].
   */
  private static AuditJson audit(World w, double[] p, Variant v, double margin) {
    return audit(w, p, v, margin, null);
  }

  /** The same with a counts baseline scoring {@code baseline} (null: none). */
  private static AuditJson audit(World w, double[] p, Variant v, double margin,
      double[] baseline) {
    List<TrainInputs.Prediction> test = new ArrayList<>();
    Map<String, double[]> truth = new HashMap<>();
    for (int i = 0; i < N; i++) {
      test.add(new TrainInputs.Prediction("s" + i, w.users()[i], w.y()[i], p[i]));
      truth.put("s" + i, new double[] {w.limit()[i], w.limit()[i]});
    }
    MetricsJson s = Samples.metrics(0.7);
    MetricsJson.SplitMetrics split = new MetricsJson.SplitMetrics(
        Auc.of(p, w.y(), w.users(), 1), 0.5, 0.2, List.of());
    MetricsJson m = new MetricsJson(s.val(), split, s.trainAuc(), s.fit(), s.speed(), s.setup(),
        new MetricsJson.Audit(split.auc(), 1.5, List.of(new MetricsJson.Statistic("largest_gap",
            "seconds", "higher", Auc.point(0.55, N, 150, 300),
            new AucDifference(margin, margin - 0.03, margin + 0.03)))), List.of());
    TrainInputs in = new TrainInputs(Path.of("t"), null, null, m, test, null, truth, null);
    Analysis.Logreg logreg = null;
    if (baseline != null) {
      Map<String, Double> scores = new HashMap<>();
      for (int i = 0; i < N; i++) {
        scores.put("s" + i, baseline[i]);
      }
      logreg = new Analysis.Logreg(null, Auc.of(baseline, w.y(), w.users(), 1), scores);
    }
    return LeakageAudit.of(v, in, logreg, 1);
  }

  private static double[] noisy(World w, double signal, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] p = new double[N];
    for (int i = 0; i < N; i++) {
      p[i] = 1 / (1 + Math.exp(-(signal * w.y()[i] + r.nextGaussian())));
    }
    return p;
  }

  @Test
  void aModelBeyondTheEventsOnlyLimitLeaks() {
    World w = world();
    AuditJson a = audit(w, noisy(w, 3, 9), Variant.FUNNEL_REMOVED, 0.3);

    assertTrue(a.verdict().exceedsEventsOnlyLimit(), a.verdict().summary());
    assertEquals(AuditJson.Verdict.LEAKS, a.verdict().leak());
    assertTrue(a.verdict().established());
    assertTrue(a.verdict().summary().contains("reads a leak"), a.verdict().summary());
    assertEquals(List.of("bayes", "events_only"), a.limits().stream()
        .map(AuditJson.Limit::name).toList());
  }

  @Test
  void theLimitItselfIsNoLeakAndATrivialStatisticTheModelDoesNotBeatIsSuspect() {
    World w = world();
    AuditJson clean = audit(w, w.limit(), Variant.NO_FUNNEL, 0.1);
    AuditJson suspect = audit(w, w.limit(), Variant.NO_FUNNEL, 0.02);

    assertFalse(clean.verdict().exceedsEventsOnlyLimit());
    assertEquals(AuditJson.Verdict.NONE, clean.verdict().leak(), clean.verdict().summary());
    assertEquals(AuditJson.Verdict.SUSPECT, suspect.verdict().leak());
    assertEquals(List.of("largest_gap"), suspect.verdict().explainedBy());
  }

  @Test
  void aModelAtChanceIsNotEstablishedAndTheFunnelVariantLeaksByDesign() {
    World w = world();
    AuditJson a = audit(w, noisy(w, 0, 4), Variant.WITH_FUNNEL, 0.0);

    assertFalse(a.verdict().established());
    assertTrue(a.verdict().summary().contains("predictive power is not established"),
        a.verdict().summary());
    assertTrue(a.verdict().seesFunnelEvents());
    assertEquals(AuditJson.Verdict.LEAKS, a.verdict().leak());
  }

  @Test
  void aModelAboveChanceThatTiesTheCountsBaselineIsNotEstablished() {
    World w = world();
    double[] p = noisy(w, 1, 5);
    AuditJson tie = audit(w, p, Variant.NO_FUNNEL, 0.1, p);
    AuditJson beats = audit(w, p, Variant.NO_FUNNEL, 0.1, noisy(w, 0, 6));

    assertTrue(tie.model().ciLow() > 0.5, tie.verdict().summary());
    assertFalse(tie.verdict().beatsCountsBaseline());
    assertFalse(tie.verdict().established());
    assertTrue(tie.verdict().summary().endsWith("so the model's predictive power is not"
        + " established on this data."), tie.verdict().summary());
    assertTrue(beats.verdict().beatsCountsBaseline());
    assertTrue(beats.verdict().established(), beats.verdict().summary());
  }

  @Test
  void realDataHasNoLimits() {
    World w = world();
    List<TrainInputs.Prediction> test = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      test.add(new TrainInputs.Prediction("s" + i, w.users()[i], w.y()[i], w.limit()[i]));
    }
    MetricsJson m = Samples.metrics(0.7);
    AuditJson a = LeakageAudit.of(Variant.NO_FUNNEL,
        new TrainInputs(Path.of("t"), null, null, m, test, null, null, null), null, 1);

    assertTrue(a.limits().isEmpty());
    assertFalse(a.verdict().exceedsEventsOnlyLimit());
  }
}
