package io.attnlift.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empirical-Bayes partial pooling (normal-normal): an estimate x with standard error se is pulled
 * toward its parent's mean m by the share se^2 / (tau^2 + se^2), tau^2 the spread of the true
 * values among the siblings, estimated by the method of moments (variance of the estimates minus
 * their mean squared error, at least 0). A store's removal effect is shrunk toward the mean of the
 * stores of its tag, that mean toward the mean of the stores of its category, and that toward the
 * mean of all stores, so a store resting on few sessions cannot top the list on noise.
 */
final class Shrinkage {
  /** Standard errors are floored at this, so a zero-width resample does not count as certainty. */
  static final double MIN_SE = 1e-6;

  /** An estimate with its standard error and its parent's key. */
  record Estimate(double value, double se, String parent) {}

  private Shrinkage() {}

  /**
   * Shrinks each estimate toward its parent's prior mean.
   *
   * @param estimates by key
   * @param prior the prior mean of each parent key
   * @return by key, the shrunk value
   */
  static Map<String, Double> toward(Map<String, Estimate> estimates, Map<String, Double> prior) {
    double tau2 = tau2(new ArrayList<>(estimates.values()), prior);
    Map<String, Double> out = new LinkedHashMap<>();
    estimates.forEach((k, e) -> {
      double m = prior.get(e.parent());
      double se2 = se2(e);
      out.put(k, m + tau2 / (tau2 + se2) * (e.value() - m));
    });
    return out;
  }

  /** The precision-weighted mean and its standard error of the estimates of each parent. */
  static Map<String, Estimate> parentMeans(Map<String, Estimate> estimates,
      Map<String, String> grandparent) {
    Map<String, double[]> acc = new LinkedHashMap<>();
    for (Estimate e : estimates.values()) {
      double w = 1 / se2(e);
      double[] a = acc.computeIfAbsent(e.parent(), k -> new double[2]);
      a[0] += w * e.value();
      a[1] += w;
    }
    Map<String, Estimate> out = new LinkedHashMap<>();
    acc.forEach((k, a) -> out.put(k, new Estimate(a[0] / a[1], Math.sqrt(1 / a[1]),
        grandparent.getOrDefault(k, ""))));
    return out;
  }

  /** tau^2 over the estimates with a standard error; 0 with fewer than two. */
  private static double tau2(List<Estimate> all, Map<String, Double> prior) {
    List<Estimate> es = all.stream().filter(e -> Double.isFinite(e.se())).toList();
    if (es.size() < 2) {
      return 0;
    }
    double ss = 0;
    double mse = 0;
    for (Estimate e : es) {
      double d = e.value() - prior.get(e.parent());
      ss += d * d;
      mse += se2(e);
    }
    return Math.max(0, ss / (es.size() - 1) - mse / es.size());
  }

  /**
   * Stores shrunk toward their tag, tags toward their category, categories toward all stores.
   *
   * @param stores by store id, its estimate with its tag as parent
   * @param categoryOfTag each tag's category
   * @return by store id, the shrunk value
   */
  static Map<String, Double> hierarchy(Map<String, Estimate> stores,
      Map<String, String> categoryOfTag) {
    if (stores.isEmpty()) {
      return Map.of();
    }
    Map<String, Estimate> tags = parentMeans(stores, categoryOfTag);
    Map<String, Estimate> categories = parentMeans(tags, Map.of());
    double all = parentMeans(categories, Map.of()).get("").value();
    Map<String, Double> category = toward(categories, Map.of("", all));
    Map<String, Double> tag = toward(tags, category);
    return toward(stores, tag);
  }

  private static double se2(Estimate e) {
    double se = Double.isFinite(e.se()) ? Math.max(e.se(), MIN_SE) : Double.MAX_VALUE / 4;
    return se * se;
  }
}
