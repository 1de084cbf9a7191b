package io.attnlift.common.json;

import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.util.List;

/**
 * The attribute stage's {@code audit.json} for one variant: does this variant's model predict
 * conversion, and could it be reading a leak? Everything on the test split. Read by the report,
 * which compares the variants' audits and leads with the verdict.
 *
 * @param variant the variant
 * @param model the model's test AUC, with interval and counts
 * @param countsBaseline the logistic regression on event counts, scored on the same sessions
 * @param modelMinusBaseline the model's AUC minus the baseline's, paired over users (NaN when
 *     the baseline could not be fitted)
 * @param timeNeutralised the model's AUC with every time delta replaced by the training mean
 * @param statistics trivial session statistics alone, each as a ranking of the test sessions
 * @param limits on synthetic data, the best any model can do on the same sessions (empty for
 *     real data)
 * @param verdict what these numbers say, as flags and in words
 */
public record AuditJson(
    String variant,
    Auc model,
    Auc countsBaseline,
    AucDifference modelMinusBaseline,
    Auc timeNeutralised,
    List<MetricsJson.Statistic> statistics,
    List<Limit> limits,
    Verdict verdict) {

  public static final JsonContract<AuditJson> CONTRACT =
      JsonContract.of("audit", "audit.json", AuditJson.class, 1);

  /**
   * A limit of the same test sessions from the synthetic world's truth.
   *
   * @param name {@code bayes} (knows each user's hidden propensity) or {@code events_only} (the
   *     best from the session's own browsing before the funnel)
   * @param description what it is
   * @param auc the limit's AUC on the sessions the model was tested on
   * @param modelMinusLimit the model's AUC minus the limit's, paired over users
   */
  public record Limit(String name, String description, Auc auc, AucDifference modelMinusLimit) {}

  /**
   * The verdict.
   *
   * @param established the model beats chance beyond its interval (its lower end above 0.5) and
   *     the counts baseline beyond the paired interval where there is one: its predictive power
   *     is established
   * @param beatsCountsBaseline the model beats the counts baseline beyond the paired interval
   * @param seesFunnelEvents the variant keeps funnel events (leaks by design)
   * @param exceedsEventsOnlyLimit the model beats the events-only limit beyond the paired
   *     interval: it knows more than the session's browsing can tell, so it reads a leak
   * @param explainedBy the trivial statistics the model does not beat beyond the paired
   *     interval of their difference: the model may be doing no more than reading them
   * @param leak {@code leaks}, {@code suspect} or {@code none}
   * @param summary the verdict in one or two sentences
   */
  public record Verdict(boolean established, boolean beatsCountsBaseline,
      boolean seesFunnelEvents, boolean exceedsEventsOnlyLimit, List<String> explainedBy,
      String leak, String summary) {
    public static final String LEAKS = "leaks";
    public static final String SUSPECT = "suspect";
    public static final String NONE = "none";
  }
}
