package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TBfloat16;
import org.tensorflow.types.TFloat32;

/** A fully connected layer on rows: [N, in] → [N, out]. */
public final class Dense {
  private final Variable<TFloat32> weight;
  private final Variable<TFloat32> bias;

  /** Weights ~ N(0, std), bias {@code biasInit}. */
  public Dense(Params params, String name, int in, int out, double std, float biasInit) {
    this.weight = params.matrix(name + ".kernel", in, out, std);
    this.bias = params.filled(name + ".bias", Shape.of(out), biasInit);
  }

  /** Glorot-like default deviation sqrt(1 / in), bias 0. */
  public Dense(Params params, String name, int in, int out) {
    this(params, name, in, out, Math.sqrt(1.0 / in), 0f);
  }

  /**
   * x [N, in] → [N, out]. In a bfloat16 pass the product runs in bfloat16 (AMX) on float32
   * inputs cast down and is cast back before the float32 bias; else MatMul + BiasAdd fuse.
   */
  public Operand<TFloat32> apply(Pass pass, Operand<TFloat32> x) {
    Ops tf = pass.tf();
    if (pass.bfloat16()) {
      Operand<TBfloat16> y = tf.linalg.matMul(tf.dtypes.cast(x, TBfloat16.class),
          tf.dtypes.cast(weight, TBfloat16.class));
      return tf.nn.biasAdd(tf.dtypes.cast(y, TFloat32.class), bias);
    }
    return tf.nn.biasAdd(tf.linalg.matMul(x, weight), bias); // fuses into _FusedMatMul
  }
}
