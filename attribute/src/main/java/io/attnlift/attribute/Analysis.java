package io.attnlift.attribute;

import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.Roc;
import java.util.List;
import java.util.Map;

/**
 * Every number the attribute stage computes for one variant, before it becomes tables.
 *
 * @param run the scored events
 * @param events lifts per EVENT
 * @param types lifts per EVENT_TYPE
 * @param features lifts per discovery feature
 * @param tags lifts per primary tag
 * @param categories lifts per primary category
 * @param eventTypeOf each EVENT's EVENT_TYPE
 * @param markov removal effect per EVENT_TYPE
 * @param storesAll lifts per store over all its events, stores with enough support only
 * @param storesEngaged the same over its engagement events only
 * @param stores the stores' names, tags, categories and NV flags
 * @param nvTiming lifts of NV-store events, keys {@code early} and {@code late}
 * @param earlyTypes lifts of each event type within the first events of a session
 * @param logreg the logistic baseline fitted on val and scored on test, or null
 * @param recommendation the recommended method
 * @param truthCheck per scoring, the ground-truth check; null without ground truth
 * @param agreement pairs of scorings with their Spearman correlation
 */
record Analysis(
    ScoredRun run,
    GroupResult events,
    GroupResult types,
    GroupResult features,
    GroupResult tags,
    GroupResult categories,
    Map<String, String> eventTypeOf,
    Map<String, Double> markov,
    Map<String, Lift> storesAll,
    Map<String, Lift> storesEngaged,
    Map<String, StoreInfo> stores,
    Map<String, Lift> nvTiming,
    Map<String, Lift> earlyTypes,
    Logreg logreg,
    Recommendation recommendation,
    Map<String, GroundTruthCheckJson.Check> truthCheck,
    List<Agreement> agreement) {

  /**
   * One row of method_agreement.
   *
   * @param a the first scoring
   * @param b the second
   * @param spearman their event rankings' rank correlation
   */
  record Agreement(String a, String b, Ranks.Spearman spearman) {}

  /**
   * The logistic baseline on the test split.
   *
   * @param roc its ROC curve
   * @param auc its AUC with the interval over users
   * @param testScores its probability of each test session, by session id
   */
  record Logreg(Roc roc, Auc auc, Map<String, Double> testScores) {}

  /** The recommended method's attribution score of a value (see {@link Method#signed()}). */
  Interval recommended(Lift l) {
    return l.score(recommendation.method());
  }
}
