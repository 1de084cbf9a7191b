package io.attnlift.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline numbers of a run, shared by the report's top band and {@code summary.json}.
 *
 * @param users users sampled
 * @param sessions sessions extracted (or, when not recorded, sessions with a prediction)
 * @param events events extracted
 * @param conversionRate converted sessions over sessions with a prediction (honest variant)
 * @param leakageGap leakage model's test AUC minus the honest model's (NaN with one variant)
 * @param recommendedMethod the attribute stage's recommended method (honest variant)
 */
record Headline(
    double users,
    double sessions,
    double events,
    double conversionRate,
    double leakageGap,
    String recommendedMethod) {

  static Headline of(RunData run) {
    VariantData p = run.primary();
    VariantData leaky = run.leaky();
    double sessions = run.extract().sessions();
    if (Double.isNaN(sessions)) {
      sessions = p.train().sessions();
    }
    double rate = p.train().sessions() == 0
        ? Double.NaN : (double) p.train().converted() / p.train().sessions();
    double gap = leaky == null || leaky == p
        ? Double.NaN : leaky.train().testAuc() - p.train().testAuc();
    return new Headline(run.extract().users(), sessions, run.extract().events(), rate, gap,
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

  /** The machine-readable summary ({@code summary.json}); missing numbers are null. */
  Map<String, Object> summary(RunData run, String comparedTo) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("run_id", run.layout().runId());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("since", run.extract().since());
    window.put("until", run.extract().until());
    s.put("data_window", window);
    s.put("users", count(users));
    s.put("sessions", count(sessions));
    s.put("events", count(events));
    s.put("conversion_rate", num(conversionRate));
    Map<String, Object> variants = new LinkedHashMap<>();
    for (VariantData v : run.variants()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("val_auc", num(v.train().valAuc()));
      m.put("test_auc", num(v.train().testAuc()));
      m.put("baseline_auc", num(baselineAuc(v)));
      variants.put(v.variant().id(), m);
    }
    s.put("variants", variants);
    s.put("baseline_auc", num(baselineAuc(run.primary())));
    s.put("leakage_gap", num(leakageGap));
    s.put("recommended_method", recommendedMethod);
    s.put("compared_to", comparedTo);
    return s;
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
        Fmt.num(p.train().testAuc(), 3),
        p.variant().id() + ", test split"));
    if (run.leaky() != null && run.leaky() != p) {
      c.add(card("Leakage model AUC", Fmt.num(run.leaky().train().testAuc(), 3),
          run.leaky().variant().id() + ", test split"));
    }
    c.add(card("Counts baseline AUC", Fmt.num(baselineAuc(p), 3),
        "logistic regression, test split"));
    return c;
  }

  static double baselineAuc(VariantData v) {
    return v.attribute().baselines().numberOr("logreg.test_auc");
  }

  private static Map<String, Object> card(String label, String value, String note) {
    return Map.of("label", label, "value", value, "note", note);
  }

  private static Double num(double x) {
    return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
  }

  private static Long count(double x) {
    return Double.isNaN(x) ? null : Math.round(x);
  }
}
