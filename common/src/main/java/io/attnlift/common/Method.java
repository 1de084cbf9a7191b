package io.attnlift.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The attribution methods the train stage scores every event with, by one set of names:
 * {@link #id()} is the method's column in the attributions contract and its name in
 * {@code faithfulness.json}, {@code recommendation.json} and the report; {@link #tableName()} is
 * the prefix of its columns in the attribute stage's lift tables ({@code gradient_lift}) and its
 * name in {@code method_agreement} and {@code ground_truth_check.json}.
 */
public enum Method {
  /** The seed's: the CLS row of the attention, averaged over heads and layers. */
  ATTENTION("attention", "attention", false),
  /** Attention rollout through the layers, residual included. */
  ROLLOUT("rollout", "rollout", false),
  /** Gradient of the logit times the event's projected input, summed over the model width. */
  GRADIENT_X_INPUT("gradient_x_input", "gradient", true),
  /** The logit minus the logit with the event removed (masked out). */
  OCCLUSION("occlusion", "occlusion", true);

  private final String id;
  private final String tableName;
  private final boolean signed;

  Method(String id, String tableName, boolean signed) {
    this.id = id;
    this.tableName = tableName;
    this.signed = signed;
  }

  /** The attributions column and the method's name in the JSON files, e.g. gradient_x_input. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The lift tables' column prefix, e.g. {@code gradient}. */
  public String tableName() {
    return tableName;
  }

  /**
   * Whether the method's scores are signed effects on the prediction (gradient x input,
   * occlusion): a value's attribution score is then its mean score per occurrence, whose sign says
   * towards or away from conversion. Attention and rollout are shares of a session that sum to
   * one, so their attribution score is the seed's lift, converted minus non-converted.
   */
  public boolean signed() {
    return signed;
  }

  /** The method of an id; an unknown one is bad input. */
  @JsonCreator
  public static Method parse(String id) {
    for (Method m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    throw StageException.badInput("unknown attribution method '%s' (expected one of"
        + " attention, rollout, gradient_x_input, occlusion)", id);
  }

  /** The method of a lift-table prefix, or null when {@code name} is none. */
  public static Method ofTableName(String name) {
    for (Method m : values()) {
      if (m.tableName.equals(name)) {
        return m;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}
