package io.attnlift.attribute;

import io.attnlift.common.Method;
import java.util.List;

/**
 * The names under which methods and baselines are compared in method_agreement.csv and
 * ground_truth_check.json: the four attribution methods by their column prefix, plus the
 * length-adjusted attention, the baselines and the data's own lift.
 */
final class Scores {
  static final String LENGTH_ADJUSTED = "attention_length_adjusted";
  static final String LOGREG = "logreg";
  static final String LAST_TOUCH = "last_touch";
  static final String DATA = "data";

  /** Every compared scoring, in table order. */
  static final List<String> ALL =
      List.of("attention", LENGTH_ADJUSTED, "rollout", "gradient", "occlusion", LOGREG,
          LAST_TOUCH, DATA);

  private Scores() {}

  /** The method whose table name is {@code name}. */
  static Method method(String name) {
    Method m = Method.ofTableName(name);
    if (m == null) {
      throw new IllegalArgumentException("not a method: " + name);
    }
    return m;
  }
}
