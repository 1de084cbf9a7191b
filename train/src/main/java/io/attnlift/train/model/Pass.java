package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.dtypes.Cast;
import org.tensorflow.op.random.RandomUniformInt;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TUint16;

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
  private final boolean bfloat16;
  private long dropoutOps;

  /**
   * @param batch the batch size B, a scalar
   * @param tokens the tokens per sequence T+1 (events plus CLS), a scalar
   * @param bfloat16 whether the pass's matrix products run in bfloat16
   */
  public Pass(Ops tf, Operand<TInt32> batch, Operand<TInt32> tokens, boolean training,
      double dropout, long seed, boolean bfloat16) {
    this.tf = tf;
    this.batch = batch;
    this.tokens = tokens;
    this.training = training;
    this.dropout = (float) dropout;
    this.seed = seed;
    this.bfloat16 = bfloat16;
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

  public boolean bfloat16() {
    return bfloat16;
  }

  /** A dynamic shape vector from scalars and constants, e.g. {@code [B, T+1, H, dh]}. */
  @SafeVarargs
  public final Operand<TInt32> shape(Operand<TInt32>... dims) {
    return tf.stack(java.util.List.of(dims));
  }

  public Operand<TInt32> constant(int value) {
    return tf.constant(value);
  }

  /**
   * Inverted dropout in the training pass; the identity in the inference pass. Each element is
   * kept when a 16-bit random number is at least {@code round(rate * 65536)}: two decisions per
   * 32-bit draw, which halves the random-number generation, the dropout's largest cost (a keep
   * probability of 0.900002 for a rate of 0.1).
   */
  public Operand<TFloat32> dropout(Operand<TFloat32> x) {
    if (!training || dropout == 0f) {
      return x;
    }
    Operand<TInt32> shape = tf.shape(x);
    Operand<TInt32> vector = tf.constant(new int[] {1});
    Operand<TInt32> n = tf.reshape(tf.prod(shape, tf.constant(0)), vector); // [elements of x]
    Operand<TInt32> words = tf.math.floorDiv(tf.math.add(n, tf.constant(1)), tf.constant(2));
    Operand<TInt32> bits = tf.random.randomUniformInt(words, tf.constant(Integer.MIN_VALUE),
        tf.constant(Integer.MAX_VALUE), RandomUniformInt.seed(seed),
        RandomUniformInt.seed2(1000L + dropoutOps++)); // [words], 32 random bits each
    Operand<TUint16> halves = tf.slice(tf.reshape(tf.bitcast(bits, TUint16.class),
        tf.constant(new int[] {-1})), tf.constant(new int[] {0}), n); // [elements]
    Operand<TUint16> threshold = tf.dtypes.cast(
        tf.constant((int) Math.round(dropout * 65536.0)), TUint16.class);
    Operand<TFloat32> keep = tf.dtypes.cast(tf.math.greaterEqual(halves, threshold),
        TFloat32.class, Cast.Truncate(false));
    float scale = (float) (65536.0 / (65536 - Math.round(dropout * 65536.0)));
    return tf.math.mul(x, tf.math.mul(tf.reshape(keep, shape), tf.constant(scale)));
  }
}
