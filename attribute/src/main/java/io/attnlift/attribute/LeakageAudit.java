package io.attnlift.attribute;

import io.attnlift.common.Variant;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leakage audit of one variant, on its test sessions: does the model beat chance and the
 * counts baseline beyond their intervals, does it know more than the session's browsing can tell
 * (synthetic data: the events-only limit of the same sessions), and does a trivial statistic rank
 * conversion about as well as it does. The rules, each a flag of {@link AuditJson.Verdict}:
 *
 * <ul>
 *   <li>established: the model's interval lies above 0.5;
 *   <li>leaks: the variant keeps funnel events, or the model beats the events-only limit beyond
 *       the paired interval (a model of one session cannot know the user's hidden propensity, so
 *       only a leak takes it past that limit);
 *   <li>suspect: the model does not beat a trivial statistic beyond the paired interval of their
 *       difference, so it may do no more than read it.
 * </ul>
 */
final class LeakageAudit {
  private LeakageAudit() {}

  static AuditJson of(Variant variant, TrainInputs in, Analysis.Logreg logreg, long seed) {
    MetricsJson m = in.metrics();
    Auc model = m.test().auc();
    List<TrainInputs.Prediction> test = in.test();
    int n = test.size();
    double[] p = new double[n];
    int[] y = new int[n];
    String[] users = new String[n];
    for (int i = 0; i < n; i++) {
      p[i] = test.get(i).probability();
      y[i] = test.get(i).label();
      users[i] = test.get(i).userId();
    }
    Auc baseline = logreg == null ? Auc.point(Double.NaN, n, 0, 0) : logreg.auc();
    AucDifference overBaseline = logreg == null ? new AucDifference(Double.NaN, Double.NaN,
        Double.NaN) : paired(test, p, logreg.testScores(), seed);
    List<AuditJson.Limit> limits = limits(in.sessionTruth(), test, p, y, users, seed);
    List<String> explainedBy = m.audit().statistics().stream()
        .filter(s -> !s.modelMinusStatistic().above()).map(MetricsJson.Statistic::name).toList();
    boolean exceeds = limits.stream().anyMatch(l -> l.name().equals("events_only")
        && l.modelMinusLimit().above());
    boolean funnel = variant == Variant.WITH_FUNNEL;
    String leak = funnel || exceeds ? AuditJson.Verdict.LEAKS
        : explainedBy.isEmpty() ? AuditJson.Verdict.NONE : AuditJson.Verdict.SUSPECT;
    boolean beatsBaseline = !Double.isFinite(overBaseline.value()) || overBaseline.above();
    boolean established = model.ciLow() > 0.5 && beatsBaseline;
    AuditJson.Verdict verdict = new AuditJson.Verdict(established, overBaseline.above(), funnel,
        exceeds, explainedBy, leak, summary(model, established, overBaseline, funnel, exceeds,
            explainedBy, m.audit().timeNeutralised()));
    return new AuditJson(variant.id(), model, baseline, overBaseline,
        m.audit().timeNeutralised(), m.audit().statistics(), limits, verdict);
  }

  /** The model minus the baseline on the test sessions both scored. */
  private static AucDifference paired(List<TrainInputs.Prediction> test, double[] p,
      Map<String, Double> baseline, long seed) {
    List<Integer> both = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) {
      if (baseline.containsKey(test.get(i).sessionId())) {
        both.add(i);
      }
    }
    double[] a = new double[both.size()];
    double[] b = new double[both.size()];
    int[] y = new int[both.size()];
    String[] users = new String[both.size()];
    for (int k = 0; k < both.size(); k++) {
      TrainInputs.Prediction t = test.get(both.get(k));
      a[k] = p[both.get(k)];
      b[k] = baseline.get(t.sessionId());
      y[k] = t.label();
      users[k] = t.userId();
    }
    return AucDifference.of(a, b, y, users, seed);
  }

  private static List<AuditJson.Limit> limits(Map<String, double[]> truth,
      List<TrainInputs.Prediction> test, double[] p, int[] y, String[] users, long seed) {
    if (truth == null || !test.stream().allMatch(t -> truth.containsKey(t.sessionId()))) {
      return List.of();
    }
    List<AuditJson.Limit> out = new ArrayList<>();
    String[] names = {"bayes", "events_only"};
    String[] what = {"the true probability: knows each user's hidden propensity too",
        "the best any model of the session's own browsing before the funnel can do"};
    for (int k = 0; k < 2; k++) {
      double[] limit = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        limit[i] = truth.get(test.get(i).sessionId())[k];
      }
      out.add(new AuditJson.Limit(names[k], what[k], Auc.of(limit, y, users, seed),
          AucDifference.of(p, limit, y, users, seed)));
    }
    return out;
  }

  private static String summary(Auc model, boolean established, AucDifference overBaseline,
      boolean funnel, boolean exceeds, List<String> explainedBy, Auc withoutTime) {
    List<String> s = new ArrayList<>();
    s.add(String.format("Test AUC %.3f [%.3f, %.3f] on %d sessions (%d converted, %d users)",
        model.value(), model.ciLow(), model.ciHigh(), model.sessions(), model.converted(),
        model.users()) + (model.ciLow() > 0.5 ? "." : ": predictive power is not established"
            + " on this data (the interval reaches 0.5)."));
    if (funnel) {
      s.add("It sees the funnel events, so it leaks by design.");
    }
    if (exceeds) {
      s.add("It ranks conversion better than the best model of the session's own browsing"
          + " could: it reads a leak.");
    }
    if (!explainedBy.isEmpty()) {
      s.add("A trivial statistic alone (" + String.join(", ", explainedBy) + ") ranks"
          + " conversion as well as the model within the paired interval: the model may only"
          + " read it.");
    }
    if (Double.isFinite(overBaseline.value()) && !overBaseline.above()) {
      s.add(String.format("It does not beat the counts baseline beyond the interval (difference"
          + " %+.3f [%+.3f, %+.3f]): the sequence adds nothing measurable over counting events%s",
          overBaseline.value(), overBaseline.ciLow(), overBaseline.ciHigh(), model.ciLow() > 0.5
              && !established ? ", so the model's predictive power is not established on this"
              + " data." : "."));
    }
    if (withoutTime.value() < model.ciLow()) {
      s.add(String.format("With its time features neutralised its AUC falls to %.3f: it leans"
          + " on the time between events.", withoutTime.value()));
    }
    return String.join(" ", s);
  }
}
