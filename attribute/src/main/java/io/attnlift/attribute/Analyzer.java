package io.attnlift.attribute;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Computes the {@link Analysis} of one variant's inputs. */
final class Analyzer {
  private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);

  private final AttributeOptions options;

  Analyzer(AttributeOptions options) {
    this.options = options;
  }

  Analysis analyze(TrainInputs in) {
    ScoredRun run = in.run();
    int b = options.bootstrap();
    LiftEngine engine = new LiftEngine(run, b, options.seed());
    Resampler resampler = new Resampler(run.labels(), options.seed());
    GroupResult events = GroupResult.compute(run, Grouping.event(run), engine, resampler, b);
    GroupResult types = GroupResult.compute(run, Grouping.eventType(run), engine, resampler, b);
    GroupResult features =
        GroupResult.compute(run, Grouping.discoveryFeature(run), engine, resampler, b);
    GroupResult tags = GroupResult.compute(run, Grouping.tag(run), engine, resampler, b);
    GroupResult categories =
        GroupResult.compute(run, Grouping.category(run), engine, resampler, b);
    LOG.info("lifts of {} events, {} event types, {} features, {} tags, {} categories",
        events.lifts().size(), types.lifts().size(), features.lifts().size(),
        tags.lifts().size(), categories.lifts().size());
    Map<String, Lift> storesAll = supported(engine.compute(Grouping.store(run)));
    Map<String, Lift> storesEngaged = supported(
        engine.compute(Grouping.engagedStore(run, options.engagementTypeSet())));
    Map<String, GroundTruthCheck.MethodCheck> truth = in.groundTruth() == null ? null
        : GroundTruthCheck.compute(in.groundTruth(), events, storesEngaged, storesAll,
            options.groundTruthTopK());
    Recommendation rec = Recommendation.choose(in.faithfulness(), truthSpearman(truth));
    LOG.info("recommended: {} ({})", rec.method().id(), rec.reason());
    return new Analysis(run, events, types, features, tags, categories, eventTypes(run),
        markov(run), storesAll, storesEngaged, StoreInfo.of(run),
        engine.compute(Grouping.nvTiming(run, options.earlyPositions())),
        engine.compute(Grouping.earlyEventType(run, options.earlyPositions())),
        new LogisticBaseline(run, Grouping.event(run)).evaluate(), rec, truth,
        agreement(events));
  }

  private Map<String, Lift> supported(Map<String, Lift> stores) {
    Map<String, Lift> out = new LinkedHashMap<>();
    stores.forEach((k, l) -> {
      if (l.n() >= options.minStoreSupport()) {
        out.put(k, l);
      }
    });
    return out;
  }

  private static Map<Method, Double> truthSpearman(
      Map<String, GroundTruthCheck.MethodCheck> truth) {
    if (truth == null) {
      return null;
    }
    Map<Method, Double> out = new EnumMap<>(Method.class);
    for (Method m : Method.values()) {
      out.put(m, truth.get(m.column()).spearman());
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
