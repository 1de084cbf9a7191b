package io.attnlift.report;

import io.attnlift.common.Method;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.PreprocessStats;
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
 * @param conversionRate converted sessions over sessions, every split of the honest variant (from
 *     its preprocess stats: the predictions may hold a sample of the training split)
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

    long sessions = 0;
    long converted = 0;
    for (PreprocessStats.Split s : p.preprocess().splits().byName().values()) {
      sessions += s.sessions();
      converted += s.converted();
    }
    double rate = sessions == 0 ? Double.NaN : (double) converted / sessions;
    double gap = leaky == null || leaky == p
        ? Double.NaN : leaky.train().testAuc() - p.train().testAuc();
    return new Headline(e.usersSampled(), e.sessions(), e.rows(), rate, gap,
        p.attribute().recommendedMethod());
  }

  /** The machine-readable summary ({@code summary.json}). */
  SummaryJson summary(RunData run, String comparedTo) {
    Map<String, SummaryJson.VariantSummary> variants = LeakageVerdict.of(run);
    return new SummaryJson(run.layout().runId(), run.extract().stats().window(), users, sessions,
        events, conversionRate, variants,
        String.join(" ", LeakageVerdict.lines(run, variants)),
        run.primary().attribute().baselines().logreg().testAuc(), leakageGap,
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
    for (VariantData v : run.variants()) {
      io.attnlift.common.stats.Auc a = v.train().metrics().test().auc();
      c.add(card(capitalised(v.role()) + " AUC", Fmt.auc(a), v.variant().id() + ", test split, "
          + Fmt.count(a.sessions()) + " sessions, " + Fmt.count(a.converted())
          + " converted; 95% CI over users"));
    }
    io.attnlift.common.stats.Auc b = p.attribute().baselines().logreg().testAuc();
    c.add(card("Counts baseline AUC", Fmt.auc(b), "logistic regression on " + p.variant().id()
        + ", same test sessions"));
    return c;
  }

  static double baselineAuc(VariantData v) {
    return v.attribute().baselines().logreg().testAuc().value();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<String, Object> card(String label, String value, String note) {
    return Map.of("label", label, "value", value, "note", note);
  }

}
