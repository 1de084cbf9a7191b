package io.attnlift.attribute;

import io.attnlift.common.EventGroups;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The removal effects as claims: each needs support on both sides (the sessions with the group
 * and those without, each with the minimum sessions and converted sessions), survives
 * Benjamini-Hochberg over every supported candidate of the run at the stated rate, its interval
 * excludes 0 and lies beyond the minimum effect, and it keeps its sign in every refit of the stability check; stores are shrunk
 * toward their tag and category first. Nothing is a finding when the model's predictive power is
 * not established or the model leaks.
 */
final class RemovalClaims {
  static final String FINDING = "finding";
  static final String NOT_SIGNIFICANT = "not significant";
  static final String UNSTABLE = "sign flips between refits";
  static final String TOO_SMALL = "smaller than the minimum effect";
  static final String NO_SUPPORT = "insufficient support";
  static final String NOT_ESTABLISHED = "model not established";
  static final String LEAKS = "model leaks";

  /**
   * The rule's settings.
   *
   * @param minSessions sessions each side needs
   * @param minConverted converted sessions each side needs
   * @param rate the false-discovery rate of Benjamini-Hochberg
   * @param minEffect the smallest change in probability a finding may state: its interval must
   *     lie beyond it (a model that pools attention shifts neutral events' removal by a few
   *     thousandths, with tight intervals)
   * @param blocked null when findings may be made, else why not ({@link #NOT_ESTABLISHED},
   *     {@link #LEAKS}): the status of every supported claim
   */
  record Rule(int minSessions, int minConverted, double rate, double minEffect,
      String blocked) {
    /** The rule for a model with this audit verdict. */
    static Rule of(int minSessions, int minConverted, double rate, double minEffect,
        io.attnlift.common.json.AuditJson.Verdict verdict) {
      String blocked = !verdict.established() ? NOT_ESTABLISHED
          : io.attnlift.common.json.AuditJson.Verdict.LEAKS.equals(verdict.leak()) ? LEAKS
          : null;
      return new Rule(minSessions, minConverted, rate, minEffect, blocked);
    }

    /** One side of a comparison holds the minimum sessions and converted sessions. */
    boolean supports(long sessions, long converted) {
      return sessions >= minSessions && converted >= minConverted;
    }
  }

  /**
   * One claim.
   *
   * @param effect the removal effect
   * @param name what to show (the store's name for a store)
   * @param supported both sides have the minimum support
   * @param qValue the adjusted p-value (NaN when not a candidate)
   * @param shrunk the shrunk delta (stores), else delta
   * @param status finding, not significant, sign flips between refits, insufficient support,
   *     model not established or model leaks
   */
  record Claim(RemovalEffects.Effect effect, String name, boolean supported, double qValue,
      double shrunk, String status) {
    boolean finding() {
      return FINDING.equals(status);
    }

    EventGroups.Group group() {
      return effect.group();
    }
  }

  private RemovalClaims() {}

  /** The claims, ordered by level, then window ({@code all} first), then shrunk delta. */
  static List<Claim> of(List<RemovalEffects.Effect> effects, Map<String, StoreInfo> stores,
      Rule rule) {
    double[] p = new double[effects.size()];
    boolean[] supported = new boolean[effects.size()];
    for (int i = 0; i < p.length; i++) {
      RemovalEffects.Effect e = effects.get(i);
      supported[i] = supported(e, rule);
      p[i] = supported[i] ? e.pValue() : Double.NaN;
    }
    double[] q = Multiplicity.benjaminiHochberg(p);
    Map<String, Double> shrunk = shrinkStores(effects, stores);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      RemovalEffects.Effect e = effects.get(i);
      EventGroups.Group g = e.group();
      boolean store = g.level() == EventGroups.Level.STORE && !g.windowed();
      StoreInfo info = g.level() == EventGroups.Level.STORE ? stores.get(g.key()) : null;
      double s = store ? shrunk.getOrDefault(g.key(), e.delta().value()) : e.delta().value();
      out.add(new Claim(e, info == null ? g.key() : info.name(), supported[i], q[i], s,
          status(e, supported[i], q[i], rule)));
    }
    out.sort(Comparator.comparing((Claim c) -> c.group().level())
        .thenComparing(c -> c.group().windowed())
        .thenComparing(c -> c.group().window())
        .thenComparing(c -> -finite(c.shrunk()))
        .thenComparing(c -> c.group().key()));
    return out;
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
  }

  /**
   * Both sides of the claim's comparison have the minimum support. A position window (the first
   * 5 events, the last third, ...) is in nearly every session, and its claim compares the same
   * sessions with and without the window's events, so its sessions are both sides; every other
   * group's claim compares the sessions with it against those without it.
   */
  static boolean supported(RemovalEffects.Effect e, Rule r) {
    boolean with = r.supports(e.sessions(), e.converted());
    if (e.group().level() == EventGroups.Level.POSITION && !e.group().windowed()) {
      return with;
    }
    return with && r.supports(e.sessionsWithout(), e.convertedWithout());
  }

  private static String status(RemovalEffects.Effect e, boolean supported, double q, Rule r) {
    if (!supported) {
      return NO_SUPPORT;
    }
    if (r.blocked() != null) {
      return r.blocked();
    }
    if (!(q <= r.rate() && e.delta().excludes(0))) {
      return NOT_SIGNIFICANT;
    }
    if (!(e.delta().low() > r.minEffect() || e.delta().high() < -r.minEffect())) {
      return TOO_SMALL;
    }
    return e.stability().stable() ? FINDING : UNSTABLE;
  }

  /** Stores (anywhere in the session) shrunk toward their tag, category and all stores. */
  private static Map<String, Double> shrinkStores(List<RemovalEffects.Effect> effects,
      Map<String, StoreInfo> stores) {
    Map<String, Shrinkage.Estimate> est = new LinkedHashMap<>();
    Map<String, String> categoryOfTag = new LinkedHashMap<>();
    for (RemovalEffects.Effect e : effects) {
      EventGroups.Group g = e.group();
      StoreInfo info = stores.get(g.key());
      if (g.level() != EventGroups.Level.STORE || g.windowed() || info == null
          || !e.delta().defined()) {
        continue;
      }
      est.put(g.key(), new Shrinkage.Estimate(e.delta().value(), e.se(), info.tag()));
      categoryOfTag.putIfAbsent(info.tag(), info.category());
    }
    return Shrinkage.hierarchy(est, categoryOfTag);
  }
}
