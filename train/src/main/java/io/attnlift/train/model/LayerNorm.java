package io.attnlift.train.model;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Layer normalisation over the last axis (biased variance, epsilon 1e-5), as a fused kernel. */
public final class LayerNorm {
  private static final float EPSILON = 1e-5f;
  private final Variable<TFloat32> gain;
  private final Variable<TFloat32> shift;

  public LayerNorm(Params params, String name, int width) {
    this.gain = params.filled(name + ".gamma", Shape.of(width), 1f);
    this.shift = params.filled(name + ".beta", Shape.of(width), 0f);
  }

  /**
   * x [N, d] → [N, d]. Each row is normalised by a training-mode batch norm of x seen as NCHW
   * [1, N, d, 1] (channel = row), then scaled and shifted: one fused kernel forward and one
   * backward in training, and one fused layer-norm kernel in the inference pass.
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    Operand<TInt32> shape = tf.shape(x); // [N, d]
    Operand<TInt32> one = tf.constant(new int[] {1});
    Operand<TFloat32> x4 = tf.reshape(x, tf.concat(List.of(one, shape, one), tf.constant(0)));
    Operand<TInt32> rows = tf.slice(shape, tf.constant(new int[] {0}), one); // [N]
    Operand<TFloat32> empty = tf.constant(new float[0]);
    FusedBatchNorm<TFloat32, TFloat32> bn = tf.nn.fusedBatchNorm(x4,
        tf.fill(rows, tf.constant(1f)), tf.fill(rows, tf.constant(0f)), empty, empty,
        FusedBatchNorm.epsilon(EPSILON), FusedBatchNorm.dataFormat("NCHW"),
        FusedBatchNorm.isTraining(true));
    return Fused.addV2(tf, shift, tf.math.mul(tf.reshape(bn.y(), shape), gain));
  }
}
