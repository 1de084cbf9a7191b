package io.attnlift.train;

/** The per-event attribution methods, with their column in the attributions contract. */
public enum Method {
  /** The seed's: the CLS row of the attention, averaged over heads and layers. */
  ATTENTION("attention"),
  /** Attention rollout through the layers, residual included. */
  ROLLOUT("rollout"),
  /** Gradient of the logit times the event's projected input, summed over the model width. */
  GRADIENT_X_INPUT("gradient_x_input"),
  /** The logit minus the logit with the event removed (masked out). */
  OCCLUSION("occlusion");

  private final String column;

  Method(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }
}
