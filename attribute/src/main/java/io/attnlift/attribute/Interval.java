package io.attnlift.attribute;

import java.util.Arrays;

/**
 * A point estimate with its 95% bootstrap percentile interval; NaN stands for undefined (no
 * occurrence in one class, or too few resamples where the statistic was defined).
 */
public record Interval(double value, double low, double high) {
  /** An undefined estimate. */
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN);

  /** The estimate alone, without an interval. */
  public static Interval point(double value) {
    return new Interval(value, Double.NaN, Double.NaN);
  }

  /**
   * The percentile interval of the resampled values; NaN ends when fewer than half of them are
   * defined.
   *
   * @param value the estimate on the original sample
   * @param resampled one value per resample, NaN where undefined (reordered in place)
   */
  public static Interval of(double value, double[] resampled) {
    double[] defined = Arrays.stream(resampled).filter(Double::isFinite).sorted().toArray();
    if (!Double.isFinite(value) || defined.length == 0 || defined.length * 2 < resampled.length) {
      return point(value);
    }
    return new Interval(value, quantile(defined, 0.025), quantile(defined, 0.975));
  }

  /** The q-quantile of sorted values, linear between order statistics (type 7). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Whether the interval is defined and lies entirely on one side of {@code x}. */
  public boolean excludes(double x) {
    return Double.isFinite(low) && Double.isFinite(high) && (low > x || high < x);
  }

  /** Whether the estimate is defined. */
  public boolean defined() {
    return Double.isFinite(value);
  }
}
