package io.attnlift.bench;

import io.attnlift.common.stats.Roc;
import java.util.List;

/**
 * How close a variant's model comes to the best possible on the same test sessions.
 *
 * @param sessions test sessions scored
 * @param converted of which converted
 * @param modelAuc the model's AUC
 * @param bayesAuc the AUC of the true probability: no model can do better in expectation
 * @param eventsOnlyAuc the AUC of the best probability from the session's non-funnel events alone
 * @param shareOfAchievable (model − 0.5) / (events-only − 0.5): how much of the lift above chance
 *     that a session-only model can reach this model reaches (can exceed 1 with the funnel)
 */
public record VariantQuality(
    int sessions, int converted, double modelAuc, double bayesAuc, double eventsOnlyAuc,
    double shareOfAchievable) {

  /** Computes the three AUCs over the same sessions. */
  public static VariantQuality of(List<SessionScore> scores) {
    int n = scores.size();
    int[] labels = new int[n];
    double[] model = new double[n];
    double[] bayes = new double[n];
    double[] eventsOnly = new double[n];
    int converted = 0;
    for (int i = 0; i < n; i++) {
      SessionScore s = scores.get(i);
      labels[i] = s.label() ? 1 : 0;
      converted += s.label() ? 1 : 0;
      model[i] = s.modelProbability();
      bayes[i] = s.trueProbability();
      eventsOnly[i] = s.eventsOnlyProbability();
    }
    double m = Roc.area(model, labels);
    double e = Roc.area(eventsOnly, labels);
    return new VariantQuality(n, converted, m, Roc.area(bayes, labels), e,
        (m - 0.5) / (e - 0.5));
  }
}
