package io.attnlift.attribute;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini-Hochberg adjusted p-values (q-values), as R's {@code p.adjust(p, "BH")}. */
final class Multiplicity {
  private Multiplicity() {}

  /**
   * The q-value of each p-value: min over j at or above its rank of m p_(j) / j, capped at 1;
   * NaN p-values are not candidates (their q is NaN and they do not count in m).
   */
  static double[] benjaminiHochberg(double[] p) {
    Integer[] order = java.util.stream.IntStream.range(0, p.length)
        .filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] q = new double[p.length];
    Arrays.fill(q, Double.NaN);
    int m = order.length;
    double min = 1;
    for (int r = m - 1; r >= 0; r--) {
      min = Math.min(min, p[order[r]] * m / (r + 1));
      q[order[r]] = min;
    }
    return q;
  }
}
