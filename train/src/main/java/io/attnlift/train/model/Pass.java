package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * One forward pass being built: the ops factory, the batch's dynamic sizes, and whether it is the
 * training pass (with dropout) or the inference pass (none). The model builds both passes over the
 * same variables.
 */
public final class Pass {
  private final Ops tf;
  private final Operand<TInt32> batch;
  private final Operand<TInt32> tokens;
  private final boolean training;
  private final float dropout;
  private final long seed;
  private long dropoutOps;

  /**
   * @param batch the batch size B, a scalar
   * @param tokens the tokens per sequence T+1 (events plus CLS), a scalar
   */
  public Pass(Ops tf, Operand<TInt32> batch, Operand<TInt32> tokens, boolean training,
      double dropout, long seed) {
    this.tf = tf;
    this.batch = batch;
    this.tokens = tokens;
    this.training = training;
    this.dropout = (float) dropout;
    this.seed = seed;
  }

  public Ops tf() {
    return tf;
  }

  public Operand<TInt32> batch() {
    return batch;
  }

  public Operand<TInt32> tokens() {
    return tokens;
  }

  public boolean training() {
    return training;
  }

  /** A dynamic shape vector from scalars and constants, e.g. {@code [B, T+1, H, dh]}. */
  @SafeVarargs
  public final Operand<TInt32> shape(Operand<TInt32>... dims) {
    return tf.stack(java.util.List.of(dims));
  }

  public Operand<TInt32> constant(int value) {
    return tf.constant(value);
  }

  /** Inverted dropout in the training pass; the identity in the inference pass. */
  public Operand<TFloat32> dropout(Operand<TFloat32> x) {
    if (!training || dropout == 0f) {
      return x;
    }
    float keep = 1f - dropout;
    Operand<TFloat32> u =
        tf.random.randomUniform(tf.shape(x), TFloat32.class,
            RandomUniform.seed(seed), RandomUniform.seed2(1000L + dropoutOps++));
    Operand<TFloat32> mask = tf.math.floor(tf.math.add(u, tf.constant(keep)));
    return tf.math.mul(x, tf.math.mul(mask, tf.constant(1f / keep)));
  }
}
