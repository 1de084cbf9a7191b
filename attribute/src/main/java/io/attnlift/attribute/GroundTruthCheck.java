package io.attnlift.attribute;

import io.attnlift.common.EventGroups;
import io.attnlift.common.Method;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.GroundTruthCheckJson.Check;
import io.attnlift.common.json.GroundTruthJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well each scoring recovers the synthetic world's planted truth: the Spearman correlation of
 * its event ranking with the planted event contributions (an event without one counts 0), of its
 * discovery-feature ranking with the planted feature contributions (a world whose drivers are
 * "clicks from the Offers Hub" shows there, not in the event ranking), and the recall of the
 * planted hero stores among its top-k stores (engagement events; {@code all}: every event of the
 * store).
 */
final class GroundTruthCheck {
  private GroundTruthCheck() {}

  /** The check of every scoring of {@link Scores#ALL}. */
  static Map<String, Check> compute(
      GroundTruthJson gt,
      GroupResult events,
      GroupResult features,
      Map<String, Lift> storesEngaged,
      Map<String, Lift> storesAll,
      int k) {
    Map<String, Double> truth = new LinkedHashMap<>();
    for (String e : events.lifts().keySet()) {
      truth.put(e, gt.eventContributions().getOrDefault(e, 0.0));
    }
    Map<String, Double> featureTruth = new LinkedHashMap<>();
    for (String f : features.lifts().keySet()) {
      Double c = gt.discoveryFeatureContributions().get(f);
      if (c != null) {
        featureTruth.put(f, c);
      }
    }
    Map<String, Check> out = new LinkedHashMap<>();
    for (String name : Scores.ALL) {
      Ranks.Spearman rho = Ranks.spearman(events.scores(name), truth);
      Ranks.Spearman featureRho = featureTruth.isEmpty() ? null
          : Ranks.spearman(features.scores(name), featureTruth);
      Map<String, Double> engaged = storeScores(name, storesEngaged);
      Map<String, Double> all = storeScores(name, storesAll);
      Map<String, Double> storeTruth = new LinkedHashMap<>();
      all.keySet().forEach(s -> storeTruth.put(s, gt.storeContributions().getOrDefault(s, 0.0)));
      boolean method = isMethod(name);
      double lift = method ? Ranks.spearman(events.scores(Scores.method(name), false), truth)
          .value() : Double.NaN;
      double mean = method ? Ranks.spearman(events.scores(Scores.method(name), true), truth)
          .value() : Double.NaN;
      out.put(name, new Check(rho.value(), lift, mean, rho.n(),
          recall(engaged, gt.heroStores(), k),
          recall(all, gt.heroStores(), k),
          all.isEmpty() ? Double.NaN : Ranks.spearman(all, storeTruth).value(),
          featureRho == null ? Double.NaN : featureRho.value(),
          featureRho == null ? 0 : featureRho.n()));
    }
    return out;
  }

  /**
   * The removal effects against the planted ones: per level, the Spearman correlation over the
   * supported groups anywhere in the session (stores by their shrunk effect), and the hero
   * stores' recall among the top |heroes| supported stores, and how many findings have the
   * planted effect's direction.
   */
  static GroundTruthCheckJson.RemovalCheck removal(GroundTruthJson gt,
      List<RemovalClaims.Claim> claims) {
    Map<String, Map<String, Double>> truth = new LinkedHashMap<>();
    Map<String, Double> planted = new java.util.HashMap<>();
    for (GroundTruthJson.RemovalEffect e : gt.removalEffects()) {
      planted.put(plantedKey(e.level(), e.group(), e.window()), e.meanDeltaProbability());
      if (EventGroups.ALL.equals(e.window())) {
        truth.computeIfAbsent(e.level(), k -> new LinkedHashMap<>())
            .put(e.group(), e.meanDeltaProbability());
      }
    }
    Map<String, Map<String, Double>> model = new LinkedHashMap<>();
    for (RemovalClaims.Claim c : claims) {
      if (c.supported() && !c.group().windowed() && Double.isFinite(c.shrunk())) {
        model.computeIfAbsent(c.group().level().id(), k -> new LinkedHashMap<>())
            .put(c.group().key(), c.shrunk());
      }
    }
    Map<String, GroundTruthCheckJson.Level> levels = new LinkedHashMap<>();
    model.forEach((level, scores) -> {
      Ranks.Spearman rho = Ranks.spearman(scores, truth.getOrDefault(level, Map.of()));
      levels.put(level, new GroundTruthCheckJson.Level(rho.value(), rho.n()));
    });
    Map<String, Double> stores = model.getOrDefault(EventGroups.Level.STORE.id(), Map.of());
    int k = gt.heroStores().size();
    long heroesSupported = stores.keySet().stream().filter(gt.heroStores()::contains).count();
    int[] directions = directions(claims, planted);
    return new GroundTruthCheckJson.RemovalCheck(levels, k, recall(stores, gt.heroStores(), k),
        stores.size(), (int) heroesSupported, directions[0], directions[1], directions[2],
        windowed(claims, planted));
  }

  /** A group's key among the planted removal effects. */
  private static String plantedKey(String level, String group, String window) {
    return level + "\u0000" + group + "\u0000" + window;
  }

  private static String plantedKey(EventGroups.Group g) {
    return plantedKey(g.level().id(), g.key(), g.window());
  }

  /**
   * The findings, those with the planted effect's sign, and those the world plants no effect for
   * (none, or exactly 0).
   */
  private static int[] directions(List<RemovalClaims.Claim> claims, Map<String, Double> planted) {
    int[] out = new int[3];
    for (RemovalClaims.Claim c : claims) {
      if (c.finding()) {
        out[0]++;
        Double t = planted.get(plantedKey(c.group()));
        if (t == null || t == 0) {
          out[2]++;
        } else if (Math.signum(t) == Math.signum(c.effect().delta().value())) {
          out[1]++;
        }
      }
    }
    return out;
  }

  /** The correlation of the supported groups inside a window with their planted effects. */
  private static GroundTruthCheckJson.Level windowed(List<RemovalClaims.Claim> claims,
      Map<String, Double> planted) {
    Map<String, Double> model = new LinkedHashMap<>();
    Map<String, Double> truth = new LinkedHashMap<>();
    for (RemovalClaims.Claim c : claims) {
      String key = plantedKey(c.group());
      if (c.supported() && c.group().windowed() && planted.containsKey(key)
          && Double.isFinite(c.effect().delta().value())) {
        model.put(key, c.effect().delta().value());
        truth.put(key, planted.get(key));
      }
    }
    Ranks.Spearman rho = Ranks.spearman(model, truth);
    return new GroundTruthCheckJson.Level(rho.value(), rho.n());
  }

  private static boolean isMethod(String name) {
    return Method.ofTableName(name) != null;
  }

  /** A scoring's score per store, empty for scorings that do not score stores. */
  static Map<String, Double> storeScores(String name, Map<String, Lift> stores) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (name.equals(Scores.LOGREG) || name.equals(Scores.LAST_TOUCH)) {
      return out;
    }
    for (Lift l : stores.values()) {
      double v = switch (name) {
        case Scores.DATA -> l.dataLift().value();
        case Scores.LENGTH_ADJUSTED -> l.lift()[ScoredRun.LENGTH_ADJUSTED].value();
        default -> l.score(Scores.method(name)).value();
      };
      if (Double.isFinite(v)) {
        out.put(l.key(), v);
      }
    }
    return out;
  }

  /** The share of heroes among the k highest-scored stores; NaN without heroes or scores. */
  static double recall(Map<String, Double> scores, List<String> heroes, int k) {
    if (heroes.isEmpty() || scores.isEmpty()) {
      return Double.NaN;
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    long hits = sorted.stream().limit(k).filter(e -> heroes.contains(e.getKey())).count();
    return (double) hits / heroes.size();
  }
}
