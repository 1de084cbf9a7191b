package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
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

  /** x [N, in] → [N, out]. */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    return tf.nn.biasAdd(tf.linalg.matMul(x, weight), bias); // fuses into _FusedMatMul
  }
}
