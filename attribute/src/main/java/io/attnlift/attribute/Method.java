package io.attnlift.attribute;

/**
 * An attribution method the train stage scores every event with: its column in the attributions
 * contract and faithfulness.json ({@link #id()}), and the prefix of its columns in the lift
 * tables ({@link #column()}).
 */
public enum Method {
  ATTENTION("attention", "attention", false),
  ROLLOUT("rollout", "rollout", false),
  GRADIENT_X_INPUT("gradient_x_input", "gradient", true),
  OCCLUSION("occlusion", "occlusion", true);

  /** The order in which ties of the recommendation rule are broken: first wins. */
  static final Method[] TIE_ORDER = {OCCLUSION, GRADIENT_X_INPUT, ROLLOUT, ATTENTION};

  private final String id;
  private final String column;
  private final boolean signed;

  Method(String id, String column, boolean signed) {
    this.id = id;
    this.column = column;
    this.signed = signed;
  }

  /**
   * Whether the method's scores are signed effects on the prediction (gradient x input,
   * occlusion): then a value's attribution score is its mean score per occurrence, whose sign
   * says towards or away from conversion. Attention and rollout are shares of a session that sum
   * to one, so their attribution score is the seed's lift, converted minus non-converted.
   */
  public boolean signed() {
    return signed;
  }

  /** The attributions column and faithfulness.json key, e.g. {@code gradient_x_input}. */
  public String id() {
    return id;
  }

  /** The lift tables' column prefix and ground_truth_check.json key, e.g. {@code gradient}. */
  public String column() {
    return column;
  }

  /** Parses {@link #id()}. */
  public static Method parse(String id) {
    for (Method m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown method " + id);
  }
}
