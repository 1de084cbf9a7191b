package io.attnlift.extract.world;

import java.util.SplittableRandom;

/**
 * A user's browsing style (how much they search, click, switch tabs, browse offers, carousels
 * and NV stores) and hidden propensity to convert. Styles vary between users so that the drivers
 * vary between sessions.
 *
 * @param effect the hidden log-odds effect, the same for all of the user's sessions
 */
record UserProfile(
    double search, double click, double tabs, double offers, double carousel, double nv,
    double effect) {

  static UserProfile draw(SplittableRandom rng, double effectSd) {
    return new UserProfile(
        spread(rng), spread(rng), spread(rng), spread(rng), spread(rng),
        0.05 + 0.3 * rng.nextDouble() * rng.nextDouble(),
        effectSd * Gaussian.next(rng));
  }

  /** A multiplier around 1: from 0.3 to about 2. */
  private static double spread(SplittableRandom rng) {
    return 0.3 + 1.7 * rng.nextDouble() * (0.5 + 0.5 * rng.nextDouble());
  }
}
