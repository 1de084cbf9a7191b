package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;

/** Layer normalisation over the last axis, from mean, square and rsqrt (all with gradients). */
public final class LayerNorm {
  private static final float EPSILON = 1e-5f;
  private final Variable<TFloat32> gain;
  private final Variable<TFloat32> shift;

  public LayerNorm(Params params, String name, int width) {
    this.gain = params.filled(name + ".gamma", Shape.of(width), 1f);
    this.shift = params.filled(name + ".beta", Shape.of(width), 0f);
  }

  /** x [N, d] → [N, d]. */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    Operand<TFloat32> mean = tf.math.mean(x, tf.constant(-1), Mean.keepDims(true)); // [N, 1]
    Operand<TFloat32> centered = tf.math.sub(x, mean);
    Operand<TFloat32> var =
        tf.math.mean(tf.math.square(centered), tf.constant(-1), Mean.keepDims(true)); // [N, 1]
    Operand<TFloat32> normed =
        tf.math.mul(centered, tf.math.rsqrt(tf.math.add(var, tf.constant(EPSILON))));
    return tf.math.add(tf.math.mul(normed, gain), shift);
  }
}
