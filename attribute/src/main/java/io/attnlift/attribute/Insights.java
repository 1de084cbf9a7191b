package io.attnlift.attribute;

import io.attnlift.common.Method;
import io.attnlift.common.json.InsightsJson.Insight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The seed's kind of sentences, generated from the tables and only where the 95% interval
 * excludes no effect (a ratio of 1, a difference of 0) and the value has a claim's minimum
 * support: the sessions with it hold the minimum sessions and converted sessions, and so do those
 * without it where the sentence compares the two (a store seen in one session has an interval
 * of zero width, which excludes everything). Each kind contributes its strongest few.
 */
final class Insights {
  private static final int PER_KIND = 3;

  private Insights() {}

  /** @param support the claims' rule: the minimum sessions and converted sessions of a side */
  static List<Insight> of(Analysis a, int early, int max, RemovalClaims.Rule support) {
    // a sentence about the sessions with the value (its attention, its mean score) rests on
    // them; one that compares them with the sessions without it rests on both
    Predicate<Lift> within = l -> support.supports(l.sessionsWith(), l.sessionsConverted());
    Predicate<Lift> compared = within.and(l -> support.supports(
        a.run().sessions() - l.sessionsWith(), a.run().converted() - l.sessionsConverted()));
    List<Insight> out = new ArrayList<>();
    out.addAll(earlyEngagement(a, early, compared));
    out.addAll(typeAttention(a, within));
    out.addAll(recommendedEvents(a, within));
    out.addAll(dataLift(a, compared));
    out.addAll(stores(a, within));
    out.addAll(nv(a, early, within));
    return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
  }

  /** "Sessions with a click in the first 5 events convert 2.1x as often (95% CI 1.9-2.3)". */
  static List<Insight> earlyEngagement(Analysis a, int early, Predicate<Lift> supported) {
    return strongest(a.earlyTypes(), supported, l -> l.dataLift(), 1.0, l -> {
      Interval i = l.dataLift();
      return new Insight(String.format(Locale.ROOT,
          "Sessions with a %s event in the first %d events convert %.2fx as often as sessions"
              + " without one (95%% CI %.2f-%.2f)", l.key(), early, i.value(), i.low(),
          i.high()), "early_" + l.key() + "_conversion_ratio", i.value(), i.low(), i.high());
    });
  }

  /** "search events get 31% more attention in converted sessions (length-adjusted, CI ...)". */
  static List<Insight> typeAttention(Analysis a, Predicate<Lift> supported) {
    return strongest(a.types().lifts(), supported, Lift::adjustedRatio, 1.0, l -> {
      Interval i = l.adjustedRatio();
      double pct = 100 * (i.value() - 1);
      return new Insight(String.format(Locale.ROOT,
          "%s events get %.0f%% %s attention in converted sessions than in non-converted ones,"
              + " adjusted for session length (95%% CI %.0f%% to %.0f%%)", l.key(),
          Math.abs(pct), pct >= 0 ? "more" : "less", 100 * (i.low() - 1), 100 * (i.high() - 1)),
          "attention_ratio_" + l.key(), i.value(), i.low(), i.high());
    });
  }

  /** The events the recommended method credits most, where its interval lies above zero. */
  static List<Insight> recommendedEvents(Analysis a, Predicate<Lift> supported) {
    Method m = a.recommendation().method();
    return positive(a.events().lifts(), supported, a::recommended, l -> {
      Interval i = a.recommended(l);
      return new Insight(String.format(Locale.ROOT, "%s (%s) %s", l.key(),
          a.eventTypeOf().get(l.key()), credit(m, i)), metric(m) + "_" + l.key(), i.value(),
          i.low(), i.high());
    });
  }

  /** How a method's attribution score reads in a sentence. */
  private static String credit(Method m, Interval i) {
    if (m.signed()) {
      return String.format(Locale.ROOT, "pushes the prediction towards conversion: mean %s %s"
          + " per occurrence (95%% CI %s to %s)", m.id(), fmt(i.value()), fmt(i.low()),
          fmt(i.high()));
    }
    return String.format(Locale.ROOT, "gets %s more %s in converted sessions than in"
        + " non-converted ones (95%% CI %s to %s)", fmt(i.value()), m.id(), fmt(i.low()),
        fmt(i.high()));
  }

  private static String metric(Method m) {
    return m.id() + (m.signed() ? "_mean" : "_lift");
  }

  /** "Sessions with store_page_load convert 1.8x as often as sessions without it". */
  static List<Insight> dataLift(Analysis a, Predicate<Lift> supported) {
    return strongest(a.events().lifts(), supported, Lift::dataLift, 1.0, l -> {
      Interval i = l.dataLift();
      return new Insight(String.format(Locale.ROOT,
          "Sessions with %s convert %.2fx as often as sessions without it (%.1f%% against"
              + " %.1f%%; 95%% CI %.2f-%.2f)", l.key(), i.value(), 100 * l.rateWith(),
          100 * l.rateWithout(), i.low(), i.high()), "data_lift_" + l.key(), i.value(),
          i.low(), i.high());
    });
  }

  /** Stores whose engagement events the recommended method credits, interval above zero. */
  static List<Insight> stores(Analysis a, Predicate<Lift> supported) {
    Method m = a.recommendation().method();
    return positive(a.storesEngaged(), supported, a::recommended, l -> {
      Interval i = a.recommended(l);
      StoreInfo s = a.stores().get(l.key());
      return new Insight(String.format(Locale.ROOT,
          "Engagement with %s (%s, store %s; %d events) %s", s.name(), s.tag(), l.key(), l.n(),
          credit(m, i)), "store_" + metric(m) + "_" + l.key(), i.value(), i.low(), i.high());
    });
  }

  /** NV-store events early or late, where their attention lift excludes zero. */
  static List<Insight> nv(Analysis a, int early, Predicate<Lift> supported) {
    List<Insight> out = new ArrayList<>();
    for (Lift l : a.nvTiming().values()) {
      Interval i = l.lift(Method.ATTENTION);
      if (i.excludes(0) && supported.test(l)) {
        out.add(new Insight(String.format(Locale.ROOT,
            "NV-store events %s (%s the first %d events) get %s %s attention in converted"
                + " sessions (95%% CI %s to %s)", l.key(), l.key().equals("early") ? "within"
                : "after", early, fmt(Math.abs(i.value())), i.value() > 0 ? "more" : "less",
            fmt(i.low()), fmt(i.high())), "nv_" + l.key() + "_attention_lift", i.value(),
            i.low(), i.high()));
      }
    }
    return out;
  }

  /**
   * Up to PER_KIND supported values whose interval excludes {@code none}, farthest from it
   * first.
   */
  private static List<Insight> strongest(Map<String, Lift> lifts, Predicate<Lift> supported,
      Function<Lift, Interval> stat, double none, Function<Lift, Insight> sentence) {
    return lifts.values().stream()
        .filter(supported)
        .filter(l -> stat.apply(l).excludes(none))
        .sorted(Comparator.comparingDouble(
                (Lift l) -> -Math.abs(Math.log(stat.apply(l).value() / none)))
            .thenComparing(Lift::key))
        .limit(PER_KIND)
        .map(sentence)
        .toList();
  }

  /** Up to PER_KIND supported values whose interval lies above zero, largest first. */
  private static List<Insight> positive(Map<String, Lift> lifts, Predicate<Lift> supported,
      Function<Lift, Interval> stat, Function<Lift, Insight> sentence) {
    return lifts.values().stream()
        .filter(supported)
        .filter(l -> stat.apply(l).low() > 0)
        .sorted(Comparator.comparingDouble((Lift l) -> -stat.apply(l).value())
            .thenComparing(Lift::key))
        .limit(PER_KIND)
        .map(sentence)
        .toList();
  }

  /** Three significant digits, plain notation. */
  static String fmt(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3))
        .stripTrailingZeros().toPlainString();
  }
}
