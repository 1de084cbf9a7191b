package io.attnlift.attribute;

import io.attnlift.common.EventGroups;
import io.attnlift.common.Method;
import io.attnlift.common.Progress;
import io.attnlift.common.json.GroundTruthCheckJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Computes the {@link Analysis} of one variant's inputs. */
final class Analyzer {
  private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);

  /**
   * Refits of the logistic baseline per grouping other than EVENT: the coefficient intervals of
   * the type, feature, tag and category tables use at most this many resamples (a refit costs
   * far more than a lift resample).
   */
  static final int GROUP_LOGREG_RESAMPLES = 50;

  private final AttributeOptions options;

  Analyzer(AttributeOptions options) {
    this.options = options;
  }

  /**
   * The analysis's steps, for its progress: five groupings, four lift tables, the removal
   * effects, the rest.
   */
  private static final int STEPS = 13;

  Analysis analyze(TrainInputs in) {
    long t0 = System.nanoTime();
    Progress progress = Progress.start(LOG, "analysis steps", STEPS);
    ScoredRun run = in.run();
    int b = options.bootstrap();
    LiftEngine engine = new LiftEngine(run, b, options.seed());
    Resampler resampler = new Resampler(run.labels(), options.seed());
    int g = Math.min(b, GROUP_LOGREG_RESAMPLES);
    GroupResult events = step(progress,
        () -> GroupResult.compute(run, Grouping.event(run), engine, resampler, b));
    GroupResult types = step(progress,
        () -> GroupResult.compute(run, Grouping.eventType(run), engine, resampler, g));
    GroupResult features = step(progress,
        () -> GroupResult.compute(run, Grouping.discoveryFeature(run), engine, resampler, g));
    GroupResult tags = step(progress,
        () -> GroupResult.compute(run, Grouping.tag(run), engine, resampler, g));
    GroupResult categories = step(progress,
        () -> GroupResult.compute(run, Grouping.category(run), engine, resampler, g));
    LOG.info("lifts of {} events, {} event types, {} features, {} tags, {} categories in {}"
        + " s", events.lifts().size(), types.lifts().size(), features.lifts().size(),
        tags.lifts().size(), categories.lifts().size(), seconds(t0));
    int support = options.minStoreSupport();
    Map<String, Lift> storesAll = step(progress,
        () -> engine.compute(Grouping.store(run), support));
    Map<String, Lift> storesEngaged = step(progress, () -> engine.compute(
        Grouping.engagedStore(run, options.engagementTypeSet()), support));
    Map<String, GroundTruthCheckJson.Check> truth = in.groundTruth() == null ? null
        : GroundTruthCheck.compute(in.groundTruth(), events, features, storesEngaged, storesAll,
            options.groundTruthTopK());
    List<RemovalEffects.Effect> removals = step(progress, () -> in.removals() == null
        ? List.<RemovalEffects.Effect>of() : RemovalEffects.of(in.removals(), b, options.seed()));
    Map<Method, Map<String, Ranks.Spearman>> claims = ClaimFaithfulness.of(
        levels(events, types, features, storesAll, tags, categories), removals,
        options.claimRule(null));
    LOG.info("removal effects of {} groups ({} rows) after {} s", removals.size(),
        in.removals() == null ? 0 : in.removals().rows(), seconds(t0));
    Map<Method, Double> claimMeans = new EnumMap<>(Method.class);
    claims.forEach((m, byLevel) -> claimMeans.put(m, ClaimFaithfulness.mean(byLevel)));
    Recommendation rec = step(progress,
        () -> Recommendation.choose(in.faithfulness(), truthSpearman(truth), claimMeans));
    LOG.info("stores and recommendation after {} s; recommended: {} ({})", seconds(t0),
        rec.method().id(), rec.reason());
    Map<String, Double> markov = step(progress, () -> markov(run));
    Map<String, Lift> nvTiming = step(progress,
        () -> engine.compute(Grouping.nvTiming(run, options.earlyPositions())));
    Map<String, Lift> early = step(progress,
        () -> engine.compute(Grouping.earlyEventType(run, options.earlyPositions())));
    var baseline = step(progress,
        () -> new LogisticBaseline(run, Grouping.event(run)).evaluate(options.seed()));
    progress.finish();
    return new Analysis(run, events, types, features, tags, categories, eventTypes(run),
        markov, storesAll, storesEngaged, StoreInfo.of(run), nvTiming, early, baseline, rec,
        truth, agreement(events), removals, claims);
  }

  private static Map<EventGroups.Level, Map<String, Lift>> levels(GroupResult events,
      GroupResult types, GroupResult features, Map<String, Lift> stores, GroupResult tags,
      GroupResult categories) {
    Map<EventGroups.Level, Map<String, Lift>> out = new EnumMap<>(EventGroups.Level.class);
    out.put(EventGroups.Level.EVENT, events.lifts());
    out.put(EventGroups.Level.EVENT_TYPE, types.lifts());
    out.put(EventGroups.Level.DISCOVERY_FEATURE, features.lifts());
    out.put(EventGroups.Level.STORE, stores);
    out.put(EventGroups.Level.TAG, tags.lifts());
    out.put(EventGroups.Level.CATEGORY, categories.lifts());
    return out;
  }

  private static <T> T step(Progress progress, Supplier<T> work) {
    T out = work.get();
    progress.add(1);
    return out;
  }

  private static String seconds(long t0) {
    return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
  }

  private static Map<Method, Double> truthSpearman(
      Map<String, GroundTruthCheckJson.Check> truth) {
    if (truth == null) {
      return null;
    }
    Map<Method, Double> out = new EnumMap<>(Method.class);
    for (Method m : Method.values()) {
      out.put(m, truth.get(m.tableName()).spearman());
    }
    return out;
  }

  private static Map<String, String> eventTypes(ScoredRun run) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < run.events(); i++) {
      out.putIfAbsent(run.event(i).event(), run.event(i).eventType());
    }
    return out;
  }

  /** The Markov removal effect of each event type over every session's path. */
  static Map<String, Double> markov(ScoredRun run) {
    IntFunction<String> type = Grouping.eventType(run);
    List<List<String>> paths = new ArrayList<>();
    boolean[] converted = new boolean[run.sessions()];
    for (int s = 0; s < run.sessions(); s++) {
      List<String> p = new ArrayList<>();
      for (int i = run.start(s); i < run.end(s); i++) {
        p.add(type.apply(i));
      }
      paths.add(p);
      converted[s] = run.label(s) == 1;
    }
    return new MarkovRemoval(paths, converted).removalEffects();
  }

  private static List<Analysis.Agreement> agreement(GroupResult events) {
    List<Analysis.Agreement> out = new ArrayList<>();
    for (int i = 0; i < Scores.ALL.size(); i++) {
      for (int j = i + 1; j < Scores.ALL.size(); j++) {
        String a = Scores.ALL.get(i);
        String b = Scores.ALL.get(j);
        out.add(new Analysis.Agreement(a, b,
            Ranks.spearman(events.scores(a), events.scores(b))));
      }
    }
    return out;
  }
}
