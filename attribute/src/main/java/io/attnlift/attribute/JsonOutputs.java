package io.attnlift.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON files of the attribute output, as maps (NaN written as null). */
final class JsonOutputs {
  private JsonOutputs() {}

  /** A finite number, or null. */
  static Double num(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** baselines.json: the logistic regression's test AUC and ROC, Markov, last touch. */
  static Map<String, Object> baselines(Analysis a, double transformerTestAuc) {
    Map<String, Object> logreg = new LinkedHashMap<>();
    Roc.Curve roc = a.logregRoc();
    logreg.put("test_auc", roc == null ? null : roc.auc());
    logreg.put("roc", roc == null ? List.of() : roc.points());
    logreg.put("fitted_on", "val");
    logreg.put("evaluated_on", "test");
    logreg.put("features", "log1p(count per session) of each EVENT; liblinear L2R_LR, C=1");
    logreg.put("transformer_test_auc", num(transformerTestAuc));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("logreg", logreg);
    out.put("markov", nums(a.markov()));
    out.put("last_touch", nums(a.events().lastTouch()));
    return out;
  }

  /** recommendation.json. */
  static Map<String, Object> recommendation(Recommendation r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", r.method().id());
    out.put("reason", r.reason());
    out.put("rule", Recommendation.RULE);
    out.put("margins_over_random", nums(r.margins()));
    return out;
  }

  /** ground_truth_check.json. */
  static Map<String, Object> groundTruth(Analysis a, GroundTruth gt, int k) {
    Map<String, Object> methods = new LinkedHashMap<>();
    a.truthCheck().forEach((name, c) -> methods.put(name, check(c)));
    Map<String, Object> rec =
        check(a.truthCheck().get(a.recommendation().method().column()));
    rec.put("method", a.recommendation().method().id());
    methods.put("recommended", rec);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("world", gt.world());
    out.put("k", k);
    out.put("hero_stores", gt.heroStores());
    out.put("methods", methods);
    return out;
  }

  private static Map<String, Object> check(GroundTruthCheck.MethodCheck c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spearman", num(c.spearman()));
    m.put("spearman_lift", num(c.spearmanLift()));
    m.put("spearman_mean", num(c.spearmanMean()));
    m.put("n", c.n());
    m.put("hero_recall", num(c.heroRecall()));
    m.put("hero_recall_all", num(c.heroRecallAll()));
    m.put("store_spearman", num(c.storeSpearman()));
    m.put("feature_spearman", num(c.featureSpearman()));
    m.put("feature_n", c.featureN());
    return m;
  }

  /** insights.json. */
  static List<Map<String, Object>> insights(List<Insight> insights) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Insight i : insights) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", i.text());
      m.put("metric", i.metric());
      m.put("value", num(i.value()));
      m.put("ci_low", num(i.ciLow()));
      m.put("ci_high", num(i.ciHigh()));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Double> nums(Map<String, Double> in) {
    Map<String, Double> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, v == null ? null : num(v)));
    return out;
  }
}
