package io.attnlift.extract.world;

import java.util.SplittableRandom;

/** Normal draws and the logistic function, without a shared random state. */
final class Gaussian {
  private Gaussian() {}

  /** A standard normal draw (Box-Muller). */
  static double next(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** An exponential draw with the given mean. */
  static double exponential(SplittableRandom rng, double mean) {
    return -mean * Math.log(1.0 - rng.nextDouble());
  }
}
