package io.attnlift.report;

import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.SummaryJson;
import io.attnlift.common.stats.Auc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leakage verdict across the variants of a run, what the report's first screen says. The
 * honest variant's verdict is its own audit's. A comparison variant sees the same sessions plus
 * what follows purchase intent, so whatever it gains over the honest model is leakage: it leaks
 * when its audit says so (funnel events, beyond the events-only limit), when its test AUC is above
 * the honest model's beyond both intervals, or when a trivial statistic ranks conversion better
 * in it than with the honest cut beyond both intervals (that statistic is the leak's signal).
 */
final class LeakageVerdict {
  private LeakageVerdict() {}

  /** Per variant id, its summary and verdict, in the run's variant order. */
  static Map<String, SummaryJson.VariantSummary> of(RunData run) {
    VariantData h = run.honest();
    Map<String, SummaryJson.VariantSummary> out = new LinkedHashMap<>();
    for (VariantData v : run.variants()) {
      out.put(v.variant().id(), summary(v, h));
    }
    return out;
  }

  /** The first screen's lines: the honest model first, then each comparison. */
  static List<String> lines(RunData run, Map<String, SummaryJson.VariantSummary> verdicts) {
    List<String> out = new ArrayList<>();
    VariantData h = run.honest();
    if (h == null) {
      out.add("The honest variant (no-funnel) was not run, so no number in this report is"
          + " predictive power: every variant here sees what follows purchase intent.");
    }
    for (VariantData v : run.variants()) {
      out.add(verdicts.get(v.variant().id()).verdict());
    }
    return out;
  }

  private static SummaryJson.VariantSummary summary(VariantData v, VariantData h) {
    AuditJson a = v.attribute().audit();
    Auc auc = a.model();
    double over = h == null ? Double.NaN : auc.value() - h.attribute().audit().model().value();
    List<String> signals = new ArrayList<>();
    String leak = a.verdict().leak();
    String text;
    if (v == h) {
      text = "Honest model (" + v.variant().id() + "): " + a.verdict().summary();
    } else {
      List<String> through = new ArrayList<>();
      if (h != null) {
        for (MetricsJson.Statistic s : a.statistics()) {
          MetricsJson.Statistic base = statistic(h.attribute().audit(), s.name());
          if (base != null && s.auc().ciLow() > base.auc().ciHigh()) {
            signals.add(s.name());
            through.add(s.name() + " (AUC " + Fmt.auc(s.auc()) + " against " + Fmt.auc(base.auc())
                + " with the honest cut)");
          }
        }
      }
      boolean abovehonest = h != null && auc.ciLow() > h.attribute().audit().model().ciHigh();
      if (abovehonest || !signals.isEmpty()) {
        leak = AuditJson.Verdict.LEAKS;
      }
      text = comparison(capitalised(v.role()) + " (" + v.variant().id() + ")", a,
          h == null ? null : h.attribute().audit().model(), over, leak, through);
    }
    return new SummaryJson.VariantSummary(v.role(), v.train().valAuc(), auc, a.countsBaseline(),
        a.timeNeutralised(), a.statistics(), a.limits(), leak, a.verdict().established(),
        v == h ? 0 : over, signals, text);
  }

  /**
   * A comparison variant's verdict: {@code honest} is the honest model's test AUC (null when it
   * was not run), {@code through} the statistics that rank conversion better than with the honest
   * cut, each with its AUCs.
   */
  static String comparison(String name, AuditJson a, Auc honest, double over, String leak,
      List<String> through) {
    String vs = honest == null ? "" : " against " + Fmt.auc(honest)
        + " for the honest model (" + Fmt.signed(over, 3) + ")";
    String auc = "test AUC " + Fmt.aucCounted(a.model()) + vs;
    if (AuditJson.Verdict.SUSPECT.equals(leak)) {
      return name + " may leak: " + auc + "; no gain over the honest cut beyond the intervals,"
          + " but a trivial statistic alone (" + String.join(", ", a.verdict().explainedBy())
          + ") ranks conversion as well as this model within the paired interval.";
    }
    if (!AuditJson.Verdict.LEAKS.equals(leak)) {
      return name + ": " + auc + "; no leak measured beyond the intervals.";
    }
    List<String> why = new ArrayList<>();
    if (a.verdict().seesFunnelEvents()) {
      why.add("it sees the funnel events");
    }
    if (a.verdict().exceedsEventsOnlyLimit()) {
      why.add("it ranks conversion better than the best model of the session's own browsing"
          + " could");
    }
    if (!through.isEmpty()) {
      why.add("through " + String.join(", ", through));
    }
    return name + " leaks: " + auc + (why.isEmpty() ? "" : "; " + String.join("; ", why))
        + ". That gain is what follows purchase intent giving the answer away, not predictive"
        + " power: read drivers from the honest model only.";
  }

  private static MetricsJson.Statistic statistic(AuditJson a, String name) {
    return a.statistics().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
