package io.attnlift.attribute;

import io.attnlift.common.EventGroups;
import io.attnlift.common.EventGroups.Level;
import io.attnlift.common.json.InsightsJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The seed's insights computed honestly: one candidate per supported event, event type, discovery
 * feature and store, anywhere or inside a position window ("Sessions with a click on store X in
 * the first 5 events convert 2.1x as often as those without"), stated with the data's ratio of
 * conversion rates and the model's counterfactual ratio (its mean probability with the group over
 * without it) side by side, the support, the interval and the Benjamini-Hochberg q-value. Only
 * the claims that are findings become insights; the rest are counted.
 */
final class RemovalInsights {
  static final Set<Level> LEVELS =
      Set.of(Level.EVENT, Level.EVENT_TYPE, Level.DISCOVERY_FEATURE, Level.STORE);

  private RemovalInsights() {}

  /** The candidates among the claims: supported ones of the insight levels. */
  static List<RemovalClaims.Claim> candidates(List<RemovalClaims.Claim> claims) {
    return claims.stream().filter(c -> c.supported() && LEVELS.contains(c.group().level()))
        .toList();
  }

  /** The findings among the candidates as sentences, strongest q-value first, at most max. */
  static List<InsightsJson.Finding> findings(List<RemovalClaims.Claim> claims, int max) {
    List<RemovalClaims.Claim> found = new ArrayList<>(candidates(claims).stream()
        .filter(RemovalClaims.Claim::finding).toList());
    found.sort(Comparator.comparingDouble(RemovalClaims.Claim::qValue)
        .thenComparing(c -> -Math.abs(Math.log(c.effect().ratio().value())))
        .thenComparing(c -> c.group().key()));
    return found.stream().limit(max).map(RemovalInsights::finding).toList();
  }

  private static InsightsJson.Finding finding(RemovalClaims.Claim c) {
    RemovalEffects.Effect e = c.effect();
    double with = e.converted() / (double) e.sessions();
    double without = e.convertedWithout() / (double) e.sessionsWithout();
    double data = without > 0 ? with / without : Double.NaN;
    Interval model = e.ratio();
    return new InsightsJson.Finding(text(c, data, with, without), e.group().level().id(),
        e.group().key(), e.group().window(), data, model.value(), model.low(), model.high(),
        e.sessions(), e.converted(), e.users(), c.qValue());
  }

  /** The sentence, in the seed's words. */
  static String text(RemovalClaims.Claim c, double data, double with, double without) {
    EventGroups.Group g = c.group();
    String what = switch (g.level()) {
      case STORE -> "an event of store " + c.name();
      case EVENT_TYPE -> "an event of type " + g.key();
      case DISCOVERY_FEATURE -> "an event from " + g.key();
      default -> g.key();
    };
    Interval m = c.effect().ratio();
    return String.format(Locale.ROOT, "Sessions with %s%s convert %.2fx as often as those"
        + " without (%.1f%% against %.1f%%); the model's counterfactual: without it the predicted"
        + " probability is %.2fx as high (95%% CI %.2f to %.2f), so the model says it %s"
        + " conversion, on %d sessions (%d converted, %d users), q = %.3g.", what,
        window(g.window()), data, 100 * with, 100 * without, 1 / m.value(), 1 / m.high(),
        1 / m.low(), m.value() >= 1 ? "raises" : "lowers", c.effect().sessions(),
        c.effect().converted(), c.effect().users(), c.qValue());
  }

  private static String window(String w) {
    return switch (w) {
      case "first_5" -> " in the first 5 events";
      case "first_third" -> " in the first third of the session";
      case "middle_third" -> " in the middle third of the session";
      case "last_third" -> " in the last third of the session";
      case "last_5" -> " in the last 5 events";
      default -> "";
    };
  }
}
