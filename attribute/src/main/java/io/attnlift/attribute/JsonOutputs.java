package io.attnlift.attribute;

import io.attnlift.common.json.AttributeStats;
import io.attnlift.common.json.BaselinesJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.json.InsightsJson;
import io.attnlift.common.json.RecommendationJson;
import io.attnlift.common.stats.Auc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON files of the attribute output and its manifest stats, as their common contracts. */
final class JsonOutputs {
  /** Points of the baseline's ROC curve kept at most. */
  static final int ROC_POINTS = 101;

  private JsonOutputs() {}

  /** baselines.json: the logistic regression's test AUC and ROC, Markov, last touch. */
  static BaselinesJson baselines(Analysis a, double transformerTestAuc) {
    Analysis.Logreg lr = a.logreg();
    BaselinesJson.Logreg logreg = new BaselinesJson.Logreg(
        lr == null ? Auc.point(Double.NaN, 0, 0, 0) : lr.auc(),
        lr == null ? List.of() : lr.roc().thinned(ROC_POINTS), "val", "test",
        "log1p(count per session) of each EVENT; liblinear L2R_LR, C=1", transformerTestAuc);
    return new BaselinesJson(logreg, new LinkedHashMap<>(a.markov()),
        new LinkedHashMap<>(a.events().lastTouch()));
  }

  /** recommendation.json. */
  static RecommendationJson recommendation(Recommendation r) {
    return new RecommendationJson(r.method(), r.reason(), Recommendation.RULE, r.margins());
  }

  /** ground_truth_check.json. */
  static GroundTruthCheckJson groundTruth(Analysis a, GroundTruthJson gt, int k) {
    return new GroundTruthCheckJson(gt.world(), k, gt.heroStores(),
        a.recommendation().method().tableName(), new LinkedHashMap<>(a.truthCheck()));
  }

  /** insights.json. */
  static InsightsJson insights(List<InsightsJson.Insight> insights) {
    return new InsightsJson(insights);
  }

  /** The manifest's stats. */
  static AttributeStats stats(Analysis a, int insights, String writeBack) {
    Map<String, Double> spearman = new LinkedHashMap<>();
    if (a.truthCheck() != null) {
      a.truthCheck().forEach((name, c) -> spearman.put(name, c.spearman()));
    }
    return new AttributeStats(a.run().sessions(), a.run().converted(), a.run().events(),
        a.recommendation().method(), insights, a.storesAll().size(), a.storesEngaged().size(),
        a.logreg() == null ? Double.NaN : a.logreg().auc().value(), writeBack, spearman);
  }
}
