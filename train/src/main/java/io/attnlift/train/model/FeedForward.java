package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The position-wise feed-forward: d → ffn (GELU, dropout) → d. */
public final class FeedForward {
  private static final float SQRT_2_OVER_PI = (float) Math.sqrt(2 / Math.PI);
  private static final float GELU_A = (float) (2 * Math.sqrt(2 / Math.PI));
  private static final float GELU_B = (float) (2 * Math.sqrt(2 / Math.PI) * 0.044715);
  private final Dense up;
  private final Dense down;

  public FeedForward(Params params, String name, ModelConfig cfg) {
    this.up = new Dense(params, name + ".up", cfg.dModel(), cfg.ffnDim());
    this.down = new Dense(params, name + ".down", cfg.ffnDim(), cfg.dModel(),
        Math.sqrt(1.0 / cfg.ffnDim()) / Math.sqrt(2.0 * cfg.layers()), 0f);
  }

  /** x [N, d] → [N, d]. */
  public Operand<TFloat32> apply(Pass pass, Operand<TFloat32> x) {
    Ops tf = pass.tf();
    Operand<TFloat32> h = gelu(pass, up.apply(pass, x)); // [N, ffn]
    return down.apply(pass, pass.dropout(h)); // [N, d]
  }

  /**
   * GELU, tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). The training pass writes
   * it as x sigmoid(x (a + b x^2)) with a = 2 sqrt(2/pi), b = 0.044715 a, the same function
   * (0.5 (1 + tanh u) = sigmoid(2u)) in 6 element-wise ops instead of 9, whose gradient costs
   * fewer passes too (1.04x the training rate, bench README). The inference pass keeps the tanh
   * form with x^3 as x * x^2 and the adds as {@code AddV2}: its MatMul + BiasAdd + GELU then run
   * as one fused oneDNN kernel.
   */
  static Operand<TFloat32> gelu(Pass pass, Operand<TFloat32> x) {
    Ops tf = pass.tf();
    if (pass.training()) {
      Operand<TFloat32> t = tf.math.add(tf.constant(GELU_A),
          tf.math.mul(tf.constant(GELU_B), tf.math.square(x)));
      return tf.math.mul(x, tf.math.sigmoid(tf.math.mul(x, t)));
    }
    Operand<TFloat32> cube = tf.math.mul(x, tf.math.square(x));
    Operand<TFloat32> inner = tf.math.mul(tf.constant(SQRT_2_OVER_PI),
        Fused.addV2(tf, x, tf.math.mul(tf.constant(0.044715f), cube)));
    return tf.math.mul(tf.math.mul(tf.constant(0.5f), x),
        Fused.addV2(tf, tf.constant(1f), tf.math.tanh(inner)));
  }
}
