package io.attnlift.report;

import io.attnlift.common.Method;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.SummaryJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of a run, shared by the report's top band and {@code summary.json}.
 *
 * @param users users sampled
 * @param sessions sessions extracted
 * @param events events extracted
 * @param conversionRate converted sessions over sessions with a prediction (honest variant)
 * @param leakageGap leakage model's test AUC minus the honest model's (NaN with one variant)
 * @param recommendedMethod the attribute stage's recommended method (honest variant)
 */
record Headline(
    long users,
    long sessions,
    long events,
    double conversionRate,
    double leakageGap,
    Method recommendedMethod) {

  static Headline of(RunData run) {
    VariantData p = run.primary();
    VariantData leaky = run.leaky();
    ExtractStats e = run.extract().stats();
    double rate = p.train().sessions() == 0
        ? Double.NaN : (double) p.train().converted() / p.train().sessions();
    double gap = leaky == null || leaky == p
        ? Double.NaN : leaky.train().testAuc() - p.train().testAuc();
    return new Headline(e.usersSampled(), e.sessions(), e.rows(), rate, gap,
        p.attribute().recommendedMethod());
  }

  /** The leakage gap in one plain sentence. */
  String leakageSentence(RunData run) {
    VariantData p = run.primary();
    VariantData leaky = run.leaky();
    if (Double.isNaN(leakageGap)) {
      return "Only the " + p.variant().id() + " model was run this time, so the leakage gap"
          + " was not measured.";
    }
    String honest = Fmt.num(p.train().testAuc(), 3);
    String leak = Fmt.num(leaky.train().testAuc(), 3);
    if (leakageGap <= 0.005) {
      return "The leakage model (which also sees the funnel events) scores a test AUC of " + leak
          + " against " + honest + " for the honest model: no leakage gap ("
          + Fmt.signed(leakageGap, 3) + ").";
    }
    return "The leakage model, which also sees the funnel events (cart, checkout), scores a test"
        + " AUC of " + leak + " against " + honest + " for the honest model: that gap of "
        + Fmt.num(leakageGap, 3) + " is the funnel giving the answer away, not predictive power,"
        + " so read drivers from the honest model only.";
  }

  /** The machine-readable summary ({@code summary.json}). */
  SummaryJson summary(RunData run, String comparedTo) {
    Map<String, SummaryJson.VariantSummary> variants = new LinkedHashMap<>();
    for (VariantData v : run.variants()) {
      variants.put(v.variant().id(), new SummaryJson.VariantSummary(v.train().valAuc(),
          v.train().metrics().test().auc(), baselineAuc(v)));
    }
    return new SummaryJson(run.layout().runId(), run.extract().stats().window(), users, sessions,
        events, conversionRate, variants, baselineAuc(run.primary()), leakageGap,
        recommendedMethod, comparedTo == null ? "" : comparedTo);
  }

  /** The headline cards: label, value, note. */
  List<Map<String, Object>> cards(RunData run) {
    List<Map<String, Object>> c = new ArrayList<>();
    c.add(card("Users", Fmt.count(users), "sampled"));
    c.add(card("Sessions", Fmt.count(sessions), "in the window"));
    c.add(card("Events", Fmt.count(events), "extracted"));
    c.add(card("Conversion rate", Fmt.pct(conversionRate), "sessions with an order"));
    VariantData p = run.primary();
    c.add(card(p.leaky() ? "Leakage model AUC" : "Honest model AUC",
        Fmt.auc(p.train().metrics().test().auc()),
        p.variant().id() + ", test split, 95% CI over users"));
    if (run.leaky() != null && run.leaky() != p) {
      c.add(card("Leakage model AUC", Fmt.auc(run.leaky().train().metrics().test().auc()),
          run.leaky().variant().id() + ", test split, 95% CI over users"));
    }
    c.add(card("Counts baseline AUC", Fmt.num(baselineAuc(p), 3),
        "logistic regression, test split"));
    return c;
  }

  static double baselineAuc(VariantData v) {
    return v.attribute().baselines().logreg().testAuc().value();
  }

  private static Map<String, Object> card(String label, String value, String note) {
    return Map.of("label", label, "value", value, "note", note);
  }

}
