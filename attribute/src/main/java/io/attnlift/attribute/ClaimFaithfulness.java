package io.attnlift.attribute;

import io.attnlift.common.EventGroups;
import io.attnlift.common.Method;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Faithfulness at the level of the claims: per method and level (event, event type, discovery
 * feature, store, tag, category), the Spearman correlation of the method's aggregate score of
 * each value (its attribution score, {@link Lift#score}) with the model's removal effect of the
 * same value (anywhere in the session, supported values only). A method whose aggregates rank the
 * values against what removing them does to the model explains something else than the model.
 */
final class ClaimFaithfulness {
  /** The levels compared, in order. */
  static final List<EventGroups.Level> LEVELS = List.of(EventGroups.Level.EVENT,
      EventGroups.Level.EVENT_TYPE, EventGroups.Level.DISCOVERY_FEATURE, EventGroups.Level.STORE,
      EventGroups.Level.TAG, EventGroups.Level.CATEGORY);

  private ClaimFaithfulness() {}

  /**
   * Per method, per level id, the Spearman correlation and the values compared.
   *
   * @param lifts per level, the lifts of its values
   * @param effects the removal effects
   * @param rule the support rule (its established flag is not used)
   */
  static Map<Method, Map<String, Ranks.Spearman>> of(Map<EventGroups.Level, Map<String, Lift>> lifts,
      List<RemovalEffects.Effect> effects, RemovalClaims.Rule rule) {
    Map<EventGroups.Level, Map<String, Double>> removal = new EnumMap<>(EventGroups.Level.class);
    for (RemovalEffects.Effect e : effects) {
      if (!e.group().windowed() && RemovalClaims.supported(e, rule) && e.delta().defined()) {
        removal.computeIfAbsent(e.group().level(), k -> new LinkedHashMap<>())
            .put(e.group().key(), e.delta().value());
      }
    }
    Map<Method, Map<String, Ranks.Spearman>> out = new EnumMap<>(Method.class);
    for (Method m : Method.values()) {
      Map<String, Ranks.Spearman> byLevel = new LinkedHashMap<>();
      for (EventGroups.Level level : LEVELS) {
        Map<String, Double> scores = new LinkedHashMap<>();
        lifts.getOrDefault(level, Map.of()).forEach((k, l) -> scores.put(k, l.score(m).value()));
        byLevel.put(level.id(), Ranks.spearman(scores, removal.getOrDefault(level, Map.of())));
      }
      out.put(m, byLevel);
    }
    return out;
  }

  /** The mean of a method's defined per-level correlations; NaN when none is defined. */
  static double mean(Map<String, Ranks.Spearman> byLevel) {
    return byLevel.values().stream().mapToDouble(Ranks.Spearman::value)
        .filter(Double::isFinite).average().orElse(Double.NaN);
  }
}
