package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Ops written in the exact form that TensorFlow's CPU graph rewriter (grappler's remapper, with
 * oneDNN) recognises and replaces by one fused kernel in the inference pass: {@code AddV2}
 * rather than {@code Add}, operands in the order its patterns expect. The arithmetic is the same
 * as the plain form; only the number of passes over memory changes.
 */
final class Fused {
  private Fused() {}

  /** a + b as {@code AddV2}, the add the remapper's layer-norm and GELU patterns match. */
  static Operand<TFloat32> addV2(Ops tf, Operand<TFloat32> a, Operand<TFloat32> b) {
    return tf.scope().opBuilder("AddV2", "AddV2")
        .addInput(a.asOutput())
        .addInput(b.asOutput())
        .build()
        .output(0);
  }
}
