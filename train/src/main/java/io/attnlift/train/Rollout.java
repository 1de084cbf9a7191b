package io.attnlift.train;

/**
 * Attention rollout (Abnar and Zuidema, 2020): per layer the head-averaged attention with the
 * residual added (0.5 A + 0.5 I, rows renormalised), multiplied through the layers; the CLS row
 * of the product scores each event.
 */
public final class Rollout {
  private Rollout() {}

  /**
   * @param layers per layer the head-averaged attention over the padded width [L][T+1][T+1]
   * @param length the session's events; tokens 0..length are real (0 is CLS)
   * @return the rollout score of each event [length]
   */
  public static double[] cls(float[][][] layers, int length) {
    int n = length + 1;
    double[] v = new double[n]; // e_CLS, then e_CLS A_L ... A_l
    v[0] = 1;
    for (int l = layers.length - 1; l >= 0; l--) {
      float[][] a = layers[l];
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        if (v[i] == 0) {
          continue;
        }
        double sum = 0.5;
        for (int j = 0; j < n; j++) {
          sum += 0.5 * a[i][j];
        }
        for (int j = 0; j < n; j++) {
          next[j] += v[i] * (0.5 * a[i][j] + (i == j ? 0.5 : 0)) / sum;
        }
      }
      v = next;
    }
    double[] out = new double[length];
    System.arraycopy(v, 1, out, 0, length);
    return out;
  }
}
